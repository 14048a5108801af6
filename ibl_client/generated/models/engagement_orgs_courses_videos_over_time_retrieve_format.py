from typing import Literal

EngagementOrgsCoursesVideosOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: set[
    EngagementOrgsCoursesVideosOverTimeRetrieveFormat
] = {
    "json",
}


def check_engagement_orgs_courses_videos_over_time_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesVideosOverTimeRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES!r}"
    )
