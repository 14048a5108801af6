from typing import Literal

AnalyticsFinancialRetrieveGranularity = Literal["day", "month", "week"]

ANALYTICS_FINANCIAL_RETRIEVE_GRANULARITY_VALUES: frozenset[
    AnalyticsFinancialRetrieveGranularity
] = frozenset(["day", "month", "week"])


def check_analytics_financial_retrieve_granularity(
    value: str,
) -> AnalyticsFinancialRetrieveGranularity:
    if value in ANALYTICS_FINANCIAL_RETRIEVE_GRANULARITY_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_FINANCIAL_RETRIEVE_GRANULARITY_VALUES)!r}"
    )
