from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsFinancialRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_FINANCIAL_RETRIEVE_DATE_FILTER_VALUES: frozenset[AnalyticsFinancialRetrieveDateFilter] = (
    frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])
)


def check_analytics_financial_retrieve_date_filter(
    value: object, path: str = "AnalyticsFinancialRetrieveDateFilter", *, known_only: bool = False
) -> AnalyticsFinancialRetrieveDateFilter:
    """`value` as a `AnalyticsFinancialRetrieveDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_FINANCIAL_RETRIEVE_DATE_FILTER_VALUES:
        return value
    return cast(
        AnalyticsFinancialRetrieveDateFilter,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_FINANCIAL_RETRIEVE_DATE_FILTER_VALUES,
            "AnalyticsFinancialRetrieveDateFilter",
            known_only=known_only,
        ),
    )
