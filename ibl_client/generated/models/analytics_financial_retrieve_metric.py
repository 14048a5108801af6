from typing import Literal

AnalyticsFinancialRetrieveMetric = Literal["monthly_costs", "total_costs", "weekly_costs"]

ANALYTICS_FINANCIAL_RETRIEVE_METRIC_VALUES: frozenset[AnalyticsFinancialRetrieveMetric] = frozenset(
    ["monthly_costs", "total_costs", "weekly_costs"]
)


def check_analytics_financial_retrieve_metric(value: str) -> AnalyticsFinancialRetrieveMetric:
    if value in ANALYTICS_FINANCIAL_RETRIEVE_METRIC_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_FINANCIAL_RETRIEVE_METRIC_VALUES)!r}"
    )
