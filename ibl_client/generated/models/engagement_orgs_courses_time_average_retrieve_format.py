from typing import Literal

EngagementOrgsCoursesTimeAverageRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES: set[
    EngagementOrgsCoursesTimeAverageRetrieveFormat
] = {
    "json",
}


def check_engagement_orgs_courses_time_average_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesTimeAverageRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES!r}"
    )
