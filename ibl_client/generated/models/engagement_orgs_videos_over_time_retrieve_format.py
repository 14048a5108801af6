from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsVideosOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_videos_over_time_retrieve_format(
    value: object,
    path: str = "EngagementOrgsVideosOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsVideosOverTimeRetrieveFormat:
    """`value` as a `EngagementOrgsVideosOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        EngagementOrgsVideosOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsVideosOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
