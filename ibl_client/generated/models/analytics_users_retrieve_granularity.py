from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsUsersRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_USERS_RETRIEVE_GRANULARITY_VALUES: frozenset[AnalyticsUsersRetrieveGranularity] = (
    frozenset(["day", "hour", "month", "week"])
)


def check_analytics_users_retrieve_granularity(
    value: object, path: str = "AnalyticsUsersRetrieveGranularity", *, known_only: bool = False
) -> AnalyticsUsersRetrieveGranularity:
    """`value` as a `AnalyticsUsersRetrieveGranularity`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_USERS_RETRIEVE_GRANULARITY_VALUES:
        return value
    return cast(
        AnalyticsUsersRetrieveGranularity,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_USERS_RETRIEVE_GRANULARITY_VALUES,
            "AnalyticsUsersRetrieveGranularity",
            known_only=known_only,
        ),
    )
