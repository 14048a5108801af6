from typing import Literal

PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_overview_grade_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES)!r}"
    )
