from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsFinancialDetailsRetrieveGroupBy = Literal[
    "action", "llm_model", "mentor", "platform", "provider", "username"
]

ANALYTICS_FINANCIAL_DETAILS_RETRIEVE_GROUP_BY_VALUES: frozenset[
    AnalyticsFinancialDetailsRetrieveGroupBy
] = frozenset(["action", "llm_model", "mentor", "platform", "provider", "username"])


def check_analytics_financial_details_retrieve_group_by(
    value: object,
    path: str = "AnalyticsFinancialDetailsRetrieveGroupBy",
    *,
    known_only: bool = False,
) -> AnalyticsFinancialDetailsRetrieveGroupBy:
    """`value` as a `AnalyticsFinancialDetailsRetrieveGroupBy`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_FINANCIAL_DETAILS_RETRIEVE_GROUP_BY_VALUES:
        return value
    return cast(
        AnalyticsFinancialDetailsRetrieveGroupBy,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_FINANCIAL_DETAILS_RETRIEVE_GROUP_BY_VALUES,
            "AnalyticsFinancialDetailsRetrieveGroupBy",
            known_only=known_only,
        ),
    )
