from typing import Literal

BillingPlatformsMySubscriptionsListStatus = Literal[
    "active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"
]

BILLING_PLATFORMS_MY_SUBSCRIPTIONS_LIST_STATUS_VALUES: frozenset[
    BillingPlatformsMySubscriptionsListStatus
] = frozenset(["active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"])


def check_billing_platforms_my_subscriptions_list_status(
    value: str,
) -> BillingPlatformsMySubscriptionsListStatus:
    if value in BILLING_PLATFORMS_MY_SUBSCRIPTIONS_LIST_STATUS_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(BILLING_PLATFORMS_MY_SUBSCRIPTIONS_LIST_STATUS_VALUES)!r}"
    )
