from typing import Literal

AnalyticsUsersRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_USERS_RETRIEVE_GRANULARITY_VALUES: frozenset[AnalyticsUsersRetrieveGranularity] = (
    frozenset(["day", "hour", "month", "week"])
)


def check_analytics_users_retrieve_granularity(value: str) -> AnalyticsUsersRetrieveGranularity:
    if value in ANALYTICS_USERS_RETRIEVE_GRANULARITY_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_USERS_RETRIEVE_GRANULARITY_VALUES)!r}"
    )
