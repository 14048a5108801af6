from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_overview_grade_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat",
            known_only=known_only,
        ),
    )
