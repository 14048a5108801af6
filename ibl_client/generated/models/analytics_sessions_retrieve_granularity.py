from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsSessionsRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_SESSIONS_RETRIEVE_GRANULARITY_VALUES: frozenset[AnalyticsSessionsRetrieveGranularity] = (
    frozenset(["day", "hour", "month", "week"])
)


def check_analytics_sessions_retrieve_granularity(
    value: object, path: str = "AnalyticsSessionsRetrieveGranularity", *, known_only: bool = False
) -> AnalyticsSessionsRetrieveGranularity:
    """`value` as a `AnalyticsSessionsRetrieveGranularity`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_SESSIONS_RETRIEVE_GRANULARITY_VALUES:
        return value
    return cast(
        AnalyticsSessionsRetrieveGranularity,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_SESSIONS_RETRIEVE_GRANULARITY_VALUES,
            "AnalyticsSessionsRetrieveGranularity",
            known_only=known_only,
        ),
    )
