from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsFinancialRetrieveProvider = Literal[
    "anthropic", "azure", "google", "meta", "openai", "other"
]

ANALYTICS_FINANCIAL_RETRIEVE_PROVIDER_VALUES: frozenset[AnalyticsFinancialRetrieveProvider] = (
    frozenset(["anthropic", "azure", "google", "meta", "openai", "other"])
)


def check_analytics_financial_retrieve_provider(
    value: object, path: str = "AnalyticsFinancialRetrieveProvider", *, known_only: bool = False
) -> AnalyticsFinancialRetrieveProvider:
    """`value` as a `AnalyticsFinancialRetrieveProvider`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_FINANCIAL_RETRIEVE_PROVIDER_VALUES:
        return value
    return cast(
        AnalyticsFinancialRetrieveProvider,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_FINANCIAL_RETRIEVE_PROVIDER_VALUES,
            "AnalyticsFinancialRetrieveProvider",
            known_only=known_only,
        ),
    )
