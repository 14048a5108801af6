from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsFinancialDetailsRetrieveDateFilter = Literal[
    "30d", "7d", "90d", "all_time", "custom", "today"
]

ANALYTICS_FINANCIAL_DETAILS_RETRIEVE_DATE_FILTER_VALUES: frozenset[
    AnalyticsFinancialDetailsRetrieveDateFilter
] = frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])


def check_analytics_financial_details_retrieve_date_filter(
    value: object,
    path: str = "AnalyticsFinancialDetailsRetrieveDateFilter",
    *,
    known_only: bool = False,
) -> AnalyticsFinancialDetailsRetrieveDateFilter:
    """`value` as a `AnalyticsFinancialDetailsRetrieveDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_FINANCIAL_DETAILS_RETRIEVE_DATE_FILTER_VALUES:
        return value
    return cast(
        AnalyticsFinancialDetailsRetrieveDateFilter,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_FINANCIAL_DETAILS_RETRIEVE_DATE_FILTER_VALUES,
            "AnalyticsFinancialDetailsRetrieveDateFilter",
            known_only=known_only,
        ),
    )
