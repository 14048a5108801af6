from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_grading_detail_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat",
            known_only=known_only,
        ),
    )
