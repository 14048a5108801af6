from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsFinancialRetrieveGranularity = Literal["day", "month", "week"]

ANALYTICS_FINANCIAL_RETRIEVE_GRANULARITY_VALUES: frozenset[
    AnalyticsFinancialRetrieveGranularity
] = frozenset(["day", "month", "week"])


def check_analytics_financial_retrieve_granularity(
    value: object, path: str = "AnalyticsFinancialRetrieveGranularity", *, known_only: bool = False
) -> AnalyticsFinancialRetrieveGranularity:
    """`value` as a `AnalyticsFinancialRetrieveGranularity`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_FINANCIAL_RETRIEVE_GRANULARITY_VALUES:
        return value
    return cast(
        AnalyticsFinancialRetrieveGranularity,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_FINANCIAL_RETRIEVE_GRANULARITY_VALUES,
            "AnalyticsFinancialRetrieveGranularity",
            known_only=known_only,
        ),
    )
