from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsVideosRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES: frozenset[EngagementOrgsVideosRetrieveFormat] = (
    frozenset(["json"])
)


def check_engagement_orgs_videos_retrieve_format(
    value: object, path: str = "EngagementOrgsVideosRetrieveFormat", *, known_only: bool = False
) -> EngagementOrgsVideosRetrieveFormat:
    """`value` as a `EngagementOrgsVideosRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        EngagementOrgsVideosRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsVideosRetrieveFormat",
            known_only=known_only,
        ),
    )
