from typing import Literal

EngagementOrgsCoursesVideosRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES: set[
    EngagementOrgsCoursesVideosRetrieveFormat
] = {
    "json",
}


def check_engagement_orgs_courses_videos_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesVideosRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENGAGEMENT_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES!r}"
    )
