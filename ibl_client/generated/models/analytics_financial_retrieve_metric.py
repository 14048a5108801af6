from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsFinancialRetrieveMetric = Literal["monthly_costs", "total_costs", "weekly_costs"]

ANALYTICS_FINANCIAL_RETRIEVE_METRIC_VALUES: frozenset[AnalyticsFinancialRetrieveMetric] = frozenset(
    ["monthly_costs", "total_costs", "weekly_costs"]
)


def check_analytics_financial_retrieve_metric(
    value: object, path: str = "AnalyticsFinancialRetrieveMetric", *, known_only: bool = False
) -> AnalyticsFinancialRetrieveMetric:
    """`value` as a `AnalyticsFinancialRetrieveMetric`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_FINANCIAL_RETRIEVE_METRIC_VALUES:
        return value
    return cast(
        AnalyticsFinancialRetrieveMetric,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_FINANCIAL_RETRIEVE_METRIC_VALUES,
            "AnalyticsFinancialRetrieveMetric",
            known_only=known_only,
        ),
    )
