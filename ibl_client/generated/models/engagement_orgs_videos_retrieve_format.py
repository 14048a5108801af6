from typing import Literal

EngagementOrgsVideosRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES: frozenset[EngagementOrgsVideosRetrieveFormat] = (
    frozenset(["json"])
)


def check_engagement_orgs_videos_retrieve_format(value: str) -> EngagementOrgsVideosRetrieveFormat:
    if value in ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES)!r}"
    )
