from typing import Literal

EngagementOrgsCoursesVideosSummaryRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_VIDEOS_SUMMARY_RETRIEVE_FORMAT_VALUES: set[
    EngagementOrgsCoursesVideosSummaryRetrieveFormat
] = {
    "json",
}


def check_engagement_orgs_courses_videos_summary_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesVideosSummaryRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_VIDEOS_SUMMARY_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENGAGEMENT_ORGS_COURSES_VIDEOS_SUMMARY_RETRIEVE_FORMAT_VALUES!r}"
    )
