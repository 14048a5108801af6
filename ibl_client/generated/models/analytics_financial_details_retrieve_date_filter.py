from typing import Literal

AnalyticsFinancialDetailsRetrieveDateFilter = Literal[
    "30d", "7d", "90d", "all_time", "custom", "today"
]

ANALYTICS_FINANCIAL_DETAILS_RETRIEVE_DATE_FILTER_VALUES: frozenset[
    AnalyticsFinancialDetailsRetrieveDateFilter
] = frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])


def check_analytics_financial_details_retrieve_date_filter(
    value: str,
) -> AnalyticsFinancialDetailsRetrieveDateFilter:
    if value in ANALYTICS_FINANCIAL_DETAILS_RETRIEVE_DATE_FILTER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_FINANCIAL_DETAILS_RETRIEVE_DATE_FILTER_VALUES)!r}"
    )
