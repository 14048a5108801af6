from typing import Literal

AnalyticsFinancialRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_FINANCIAL_RETRIEVE_DATE_FILTER_VALUES: frozenset[AnalyticsFinancialRetrieveDateFilter] = (
    frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])
)


def check_analytics_financial_retrieve_date_filter(
    value: str,
) -> AnalyticsFinancialRetrieveDateFilter:
    if value in ANALYTICS_FINANCIAL_RETRIEVE_DATE_FILTER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_FINANCIAL_RETRIEVE_DATE_FILTER_VALUES)!r}"
    )
