from typing import Literal, cast

from ..._validation import unknown_enum_value

GetContentAnalyticsGranularity = Literal["day", "hour", "month", "week"]

GET_CONTENT_ANALYTICS_GRANULARITY_VALUES: frozenset[GetContentAnalyticsGranularity] = frozenset(
    ["day", "hour", "month", "week"]
)


def check_get_content_analytics_granularity(
    value: object, path: str = "GetContentAnalyticsGranularity", *, known_only: bool = False
) -> GetContentAnalyticsGranularity:
    """`value` as a `GetContentAnalyticsGranularity`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in GET_CONTENT_ANALYTICS_GRANULARITY_VALUES:
        return value
    return cast(
        GetContentAnalyticsGranularity,
        unknown_enum_value(
            path,
            value,
            GET_CONTENT_ANALYTICS_GRANULARITY_VALUES,
            "GetContentAnalyticsGranularity",
            known_only=known_only,
        ),
    )
