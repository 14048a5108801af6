from typing import Literal, cast

from ..._validation import unknown_enum_value

BillingPlatformsMySubscriptionsListItemType = Literal["course", "mentor", "pathway", "program"]

BILLING_PLATFORMS_MY_SUBSCRIPTIONS_LIST_ITEM_TYPE_VALUES: frozenset[
    BillingPlatformsMySubscriptionsListItemType
] = frozenset(["course", "mentor", "pathway", "program"])


def check_billing_platforms_my_subscriptions_list_item_type(
    value: object,
    path: str = "BillingPlatformsMySubscriptionsListItemType",
    *,
    known_only: bool = False,
) -> BillingPlatformsMySubscriptionsListItemType:
    """`value` as a `BillingPlatformsMySubscriptionsListItemType`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in BILLING_PLATFORMS_MY_SUBSCRIPTIONS_LIST_ITEM_TYPE_VALUES:
        return value
    return cast(
        BillingPlatformsMySubscriptionsListItemType,
        unknown_enum_value(
            path,
            value,
            BILLING_PLATFORMS_MY_SUBSCRIPTIONS_LIST_ITEM_TYPE_VALUES,
            "BillingPlatformsMySubscriptionsListItemType",
            known_only=known_only,
        ),
    )
