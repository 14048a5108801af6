from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_grading_summary_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat",
            known_only=known_only,
        ),
    )
