from typing import Literal

EngagementOrgsVideosOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_videos_over_time_retrieve_format(
    value: str,
) -> EngagementOrgsVideosOverTimeRetrieveFormat:
    if value in ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
