from typing import Literal

BillingPlatformsItemsSubscribersListStatus = Literal[
    "active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"
]

BILLING_PLATFORMS_ITEMS_SUBSCRIBERS_LIST_STATUS_VALUES: frozenset[
    BillingPlatformsItemsSubscribersListStatus
] = frozenset(["active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"])


def check_billing_platforms_items_subscribers_list_status(
    value: str,
) -> BillingPlatformsItemsSubscribersListStatus:
    if value in BILLING_PLATFORMS_ITEMS_SUBSCRIBERS_LIST_STATUS_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(BILLING_PLATFORMS_ITEMS_SUBSCRIBERS_LIST_STATUS_VALUES)!r}"
    )
