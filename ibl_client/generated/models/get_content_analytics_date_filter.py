from typing import Literal

GetContentAnalyticsDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

GET_CONTENT_ANALYTICS_DATE_FILTER_VALUES: frozenset[GetContentAnalyticsDateFilter] = frozenset(
    ["30d", "7d", "90d", "all_time", "custom", "today"]
)


def check_get_content_analytics_date_filter(value: str) -> GetContentAnalyticsDateFilter:
    if value in GET_CONTENT_ANALYTICS_DATE_FILTER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(GET_CONTENT_ANALYTICS_DATE_FILTER_VALUES)!r}"
    )
