from typing import Literal

AnalyticsFinancialDetailsRetrieveGroupBy = Literal[
    "action", "llm_model", "mentor", "platform", "provider", "username"
]

ANALYTICS_FINANCIAL_DETAILS_RETRIEVE_GROUP_BY_VALUES: frozenset[
    AnalyticsFinancialDetailsRetrieveGroupBy
] = frozenset(["action", "llm_model", "mentor", "platform", "provider", "username"])


def check_analytics_financial_details_retrieve_group_by(
    value: str,
) -> AnalyticsFinancialDetailsRetrieveGroupBy:
    if value in ANALYTICS_FINANCIAL_DETAILS_RETRIEVE_GROUP_BY_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_FINANCIAL_DETAILS_RETRIEVE_GROUP_BY_VALUES)!r}"
    )
