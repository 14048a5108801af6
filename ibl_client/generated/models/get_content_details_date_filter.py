from typing import Literal, cast

from ..._validation import unknown_enum_value

GetContentDetailsDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

GET_CONTENT_DETAILS_DATE_FILTER_VALUES: frozenset[GetContentDetailsDateFilter] = frozenset(
    ["30d", "7d", "90d", "all_time", "custom", "today"]
)


def check_get_content_details_date_filter(
    value: object, path: str = "GetContentDetailsDateFilter", *, known_only: bool = False
) -> GetContentDetailsDateFilter:
    """`value` as a `GetContentDetailsDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in GET_CONTENT_DETAILS_DATE_FILTER_VALUES:
        return value
    return cast(
        GetContentDetailsDateFilter,
        unknown_enum_value(
            path,
            value,
            GET_CONTENT_DETAILS_DATE_FILTER_VALUES,
            "GetContentDetailsDateFilter",
            known_only=known_only,
        ),
    )
