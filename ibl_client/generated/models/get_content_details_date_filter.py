from typing import Literal

GetContentDetailsDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

GET_CONTENT_DETAILS_DATE_FILTER_VALUES: frozenset[GetContentDetailsDateFilter] = frozenset(
    ["30d", "7d", "90d", "all_time", "custom", "today"]
)


def check_get_content_details_date_filter(value: str) -> GetContentDetailsDateFilter:
    if value in GET_CONTENT_DETAILS_DATE_FILTER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(GET_CONTENT_DETAILS_DATE_FILTER_VALUES)!r}"
    )
