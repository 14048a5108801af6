from typing import Literal

EngagementOrgsVideosOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: set[
    EngagementOrgsVideosOverTimeRetrieveFormat
] = {
    "json",
}


def check_engagement_orgs_videos_over_time_retrieve_format(
    value: str,
) -> EngagementOrgsVideosOverTimeRetrieveFormat:
    if value in ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES!r}"
    )
