from typing import Literal

GetContentAnalyticsGranularity = Literal["day", "hour", "month", "week"]

GET_CONTENT_ANALYTICS_GRANULARITY_VALUES: frozenset[GetContentAnalyticsGranularity] = frozenset(
    ["day", "hour", "month", "week"]
)


def check_get_content_analytics_granularity(value: str) -> GetContentAnalyticsGranularity:
    if value in GET_CONTENT_ANALYTICS_GRANULARITY_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(GET_CONTENT_ANALYTICS_GRANULARITY_VALUES)!r}"
    )
