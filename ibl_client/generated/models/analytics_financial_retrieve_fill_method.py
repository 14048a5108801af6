from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsFinancialRetrieveFillMethod = Literal["previous", "zero"]

ANALYTICS_FINANCIAL_RETRIEVE_FILL_METHOD_VALUES: frozenset[AnalyticsFinancialRetrieveFillMethod] = (
    frozenset(["previous", "zero"])
)


def check_analytics_financial_retrieve_fill_method(
    value: object, path: str = "AnalyticsFinancialRetrieveFillMethod", *, known_only: bool = False
) -> AnalyticsFinancialRetrieveFillMethod:
    """`value` as a `AnalyticsFinancialRetrieveFillMethod`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_FINANCIAL_RETRIEVE_FILL_METHOD_VALUES:
        return value
    return cast(
        AnalyticsFinancialRetrieveFillMethod,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_FINANCIAL_RETRIEVE_FILL_METHOD_VALUES,
            "AnalyticsFinancialRetrieveFillMethod",
            known_only=known_only,
        ),
    )
