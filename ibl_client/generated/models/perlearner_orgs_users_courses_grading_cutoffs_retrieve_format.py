from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_grading_cutoffs_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat",
            known_only=known_only,
        ),
    )
