from typing import Literal

EngagementOrgsCoursesTimeOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: set[
    EngagementOrgsCoursesTimeOverTimeRetrieveFormat
] = {
    "json",
}


def check_engagement_orgs_courses_time_over_time_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesTimeOverTimeRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES!r}"
    )
