from typing import Literal

AnalyticsSessionsRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_SESSIONS_RETRIEVE_GRANULARITY_VALUES: frozenset[AnalyticsSessionsRetrieveGranularity] = (
    frozenset(["day", "hour", "month", "week"])
)


def check_analytics_sessions_retrieve_granularity(
    value: str,
) -> AnalyticsSessionsRetrieveGranularity:
    if value in ANALYTICS_SESSIONS_RETRIEVE_GRANULARITY_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_SESSIONS_RETRIEVE_GRANULARITY_VALUES)!r}"
    )
