from typing import Literal, cast

from ..._validation import unknown_enum_value

BillingPlatformsMySubscriptionsListStatus = Literal[
    "active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"
]

BILLING_PLATFORMS_MY_SUBSCRIPTIONS_LIST_STATUS_VALUES: frozenset[
    BillingPlatformsMySubscriptionsListStatus
] = frozenset(["active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"])


def check_billing_platforms_my_subscriptions_list_status(
    value: object,
    path: str = "BillingPlatformsMySubscriptionsListStatus",
    *,
    known_only: bool = False,
) -> BillingPlatformsMySubscriptionsListStatus:
    """`value` as a `BillingPlatformsMySubscriptionsListStatus`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in BILLING_PLATFORMS_MY_SUBSCRIPTIONS_LIST_STATUS_VALUES:
        return value
    return cast(
        BillingPlatformsMySubscriptionsListStatus,
        unknown_enum_value(
            path,
            value,
            BILLING_PLATFORMS_MY_SUBSCRIPTIONS_LIST_STATUS_VALUES,
            "BillingPlatformsMySubscriptionsListStatus",
            known_only=known_only,
        ),
    )
