from typing import Literal

BillingPlatformsPaywallsListItemType = Literal["course", "mentor", "pathway", "program"]

BILLING_PLATFORMS_PAYWALLS_LIST_ITEM_TYPE_VALUES: frozenset[
    BillingPlatformsPaywallsListItemType
] = frozenset(["course", "mentor", "pathway", "program"])


def check_billing_platforms_paywalls_list_item_type(
    value: str,
) -> BillingPlatformsPaywallsListItemType:
    if value in BILLING_PLATFORMS_PAYWALLS_LIST_ITEM_TYPE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(BILLING_PLATFORMS_PAYWALLS_LIST_ITEM_TYPE_VALUES)!r}"
    )
