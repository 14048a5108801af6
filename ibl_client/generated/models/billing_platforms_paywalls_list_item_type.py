from typing import Literal, cast

from ..._validation import unknown_enum_value

BillingPlatformsPaywallsListItemType = Literal["course", "mentor", "pathway", "program"]

BILLING_PLATFORMS_PAYWALLS_LIST_ITEM_TYPE_VALUES: frozenset[
    BillingPlatformsPaywallsListItemType
] = frozenset(["course", "mentor", "pathway", "program"])


def check_billing_platforms_paywalls_list_item_type(
    value: object, path: str = "BillingPlatformsPaywallsListItemType", *, known_only: bool = False
) -> BillingPlatformsPaywallsListItemType:
    """`value` as a `BillingPlatformsPaywallsListItemType`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in BILLING_PLATFORMS_PAYWALLS_LIST_ITEM_TYPE_VALUES:
        return value
    return cast(
        BillingPlatformsPaywallsListItemType,
        unknown_enum_value(
            path,
            value,
            BILLING_PLATFORMS_PAYWALLS_LIST_ITEM_TYPE_VALUES,
            "BillingPlatformsPaywallsListItemType",
            known_only=known_only,
        ),
    )
