from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsTimeOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsTimeOverTimeRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_time_over_time_retrieve_format(
    value: object,
    path: str = "EngagementOrgsTimeOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsTimeOverTimeRetrieveFormat:
    """`value` as a `EngagementOrgsTimeOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        EngagementOrgsTimeOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsTimeOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
