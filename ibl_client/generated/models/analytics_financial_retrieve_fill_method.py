from typing import Literal

AnalyticsFinancialRetrieveFillMethod = Literal["previous", "zero"]

ANALYTICS_FINANCIAL_RETRIEVE_FILL_METHOD_VALUES: frozenset[AnalyticsFinancialRetrieveFillMethod] = (
    frozenset(["previous", "zero"])
)


def check_analytics_financial_retrieve_fill_method(
    value: str,
) -> AnalyticsFinancialRetrieveFillMethod:
    if value in ANALYTICS_FINANCIAL_RETRIEVE_FILL_METHOD_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_FINANCIAL_RETRIEVE_FILL_METHOD_VALUES)!r}"
    )
