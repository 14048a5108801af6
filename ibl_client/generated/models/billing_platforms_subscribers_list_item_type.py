from typing import Literal

BillingPlatformsSubscribersListItemType = Literal["course", "mentor", "pathway", "program"]

BILLING_PLATFORMS_SUBSCRIBERS_LIST_ITEM_TYPE_VALUES: frozenset[
    BillingPlatformsSubscribersListItemType
] = frozenset(["course", "mentor", "pathway", "program"])


def check_billing_platforms_subscribers_list_item_type(
    value: str,
) -> BillingPlatformsSubscribersListItemType:
    if value in BILLING_PLATFORMS_SUBSCRIBERS_LIST_ITEM_TYPE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(BILLING_PLATFORMS_SUBSCRIBERS_LIST_ITEM_TYPE_VALUES)!r}"
    )
