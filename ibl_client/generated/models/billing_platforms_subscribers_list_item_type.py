from typing import Literal, cast

from ..._validation import unknown_enum_value

BillingPlatformsSubscribersListItemType = Literal["course", "mentor", "pathway", "program"]

BILLING_PLATFORMS_SUBSCRIBERS_LIST_ITEM_TYPE_VALUES: frozenset[
    BillingPlatformsSubscribersListItemType
] = frozenset(["course", "mentor", "pathway", "program"])


def check_billing_platforms_subscribers_list_item_type(
    value: object,
    path: str = "BillingPlatformsSubscribersListItemType",
    *,
    known_only: bool = False,
) -> BillingPlatformsSubscribersListItemType:
    """`value` as a `BillingPlatformsSubscribersListItemType`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in BILLING_PLATFORMS_SUBSCRIBERS_LIST_ITEM_TYPE_VALUES:
        return value
    return cast(
        BillingPlatformsSubscribersListItemType,
        unknown_enum_value(
            path,
            value,
            BILLING_PLATFORMS_SUBSCRIBERS_LIST_ITEM_TYPE_VALUES,
            "BillingPlatformsSubscribersListItemType",
            known_only=known_only,
        ),
    )
