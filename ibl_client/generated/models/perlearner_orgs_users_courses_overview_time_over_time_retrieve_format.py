from typing import Literal

PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: set[
    PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat
] = {
    "json",
}


def check_perlearner_orgs_users_courses_overview_time_over_time_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES!r}"
    )
