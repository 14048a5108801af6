from typing import Literal

PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES: set[
    PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat
] = {
    "json",
}


def check_perlearner_orgs_users_courses_overview_grade_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES!r}"
    )
