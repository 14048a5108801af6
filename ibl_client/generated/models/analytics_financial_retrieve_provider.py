from typing import Literal

AnalyticsFinancialRetrieveProvider = Literal[
    "anthropic", "azure", "google", "meta", "openai", "other"
]

ANALYTICS_FINANCIAL_RETRIEVE_PROVIDER_VALUES: frozenset[AnalyticsFinancialRetrieveProvider] = (
    frozenset(["anthropic", "azure", "google", "meta", "openai", "other"])
)


def check_analytics_financial_retrieve_provider(value: str) -> AnalyticsFinancialRetrieveProvider:
    if value in ANALYTICS_FINANCIAL_RETRIEVE_PROVIDER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_FINANCIAL_RETRIEVE_PROVIDER_VALUES)!r}"
    )
