from typing import Literal, cast

from ..._validation import unknown_enum_value

GetContentAnalyticsDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

GET_CONTENT_ANALYTICS_DATE_FILTER_VALUES: frozenset[GetContentAnalyticsDateFilter] = frozenset(
    ["30d", "7d", "90d", "all_time", "custom", "today"]
)


def check_get_content_analytics_date_filter(
    value: object, path: str = "GetContentAnalyticsDateFilter", *, known_only: bool = False
) -> GetContentAnalyticsDateFilter:
    """`value` as a `GetContentAnalyticsDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in GET_CONTENT_ANALYTICS_DATE_FILTER_VALUES:
        return value
    return cast(
        GetContentAnalyticsDateFilter,
        unknown_enum_value(
            path,
            value,
            GET_CONTENT_ANALYTICS_DATE_FILTER_VALUES,
            "GetContentAnalyticsDateFilter",
            known_only=known_only,
        ),
    )
