from typing import Literal

BillingPlatformsMySubscriptionsListItemType = Literal["course", "mentor", "pathway", "program"]

BILLING_PLATFORMS_MY_SUBSCRIPTIONS_LIST_ITEM_TYPE_VALUES: frozenset[
    BillingPlatformsMySubscriptionsListItemType
] = frozenset(["course", "mentor", "pathway", "program"])


def check_billing_platforms_my_subscriptions_list_item_type(
    value: str,
) -> BillingPlatformsMySubscriptionsListItemType:
    if value in BILLING_PLATFORMS_MY_SUBSCRIPTIONS_LIST_ITEM_TYPE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(BILLING_PLATFORMS_MY_SUBSCRIPTIONS_LIST_ITEM_TYPE_VALUES)!r}"
    )
