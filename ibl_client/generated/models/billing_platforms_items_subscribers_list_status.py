from typing import Literal, cast

from ..._validation import unknown_enum_value

BillingPlatformsItemsSubscribersListStatus = Literal[
    "active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"
]

BILLING_PLATFORMS_ITEMS_SUBSCRIBERS_LIST_STATUS_VALUES: frozenset[
    BillingPlatformsItemsSubscribersListStatus
] = frozenset(["active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"])


def check_billing_platforms_items_subscribers_list_status(
    value: object,
    path: str = "BillingPlatformsItemsSubscribersListStatus",
    *,
    known_only: bool = False,
) -> BillingPlatformsItemsSubscribersListStatus:
    """`value` as a `BillingPlatformsItemsSubscribersListStatus`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in BILLING_PLATFORMS_ITEMS_SUBSCRIBERS_LIST_STATUS_VALUES:
        return value
    return cast(
        BillingPlatformsItemsSubscribersListStatus,
        unknown_enum_value(
            path,
            value,
            BILLING_PLATFORMS_ITEMS_SUBSCRIBERS_LIST_STATUS_VALUES,
            "BillingPlatformsItemsSubscribersListStatus",
            known_only=known_only,
        ),
    )
