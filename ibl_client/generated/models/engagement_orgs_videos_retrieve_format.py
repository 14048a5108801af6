from typing import Literal

EngagementOrgsVideosRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES: set[EngagementOrgsVideosRetrieveFormat] = {
    "json",
}


def check_engagement_orgs_videos_retrieve_format(value: str) -> EngagementOrgsVideosRetrieveFormat:
    if value in ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES!r}"
    )
