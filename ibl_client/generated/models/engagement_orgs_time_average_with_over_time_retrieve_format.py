from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsTimeAverageWithOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_TIME_AVERAGE_WITH_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsTimeAverageWithOverTimeRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_time_average_with_over_time_retrieve_format(
    value: object,
    path: str = "EngagementOrgsTimeAverageWithOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsTimeAverageWithOverTimeRetrieveFormat:
    """`value` as a `EngagementOrgsTimeAverageWithOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in ENGAGEMENT_ORGS_TIME_AVERAGE_WITH_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        EngagementOrgsTimeAverageWithOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_TIME_AVERAGE_WITH_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsTimeAverageWithOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
