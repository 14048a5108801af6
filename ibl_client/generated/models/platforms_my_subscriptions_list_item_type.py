from typing import Literal

PlatformsMySubscriptionsListItemType = Literal["course", "mentor", "pathway", "program"]

PLATFORMS_MY_SUBSCRIPTIONS_LIST_ITEM_TYPE_VALUES: frozenset[
    PlatformsMySubscriptionsListItemType
] = frozenset(["course", "mentor", "pathway", "program"])


def check_platforms_my_subscriptions_list_item_type(
    value: str,
) -> PlatformsMySubscriptionsListItemType:
    if value in PLATFORMS_MY_SUBSCRIPTIONS_LIST_ITEM_TYPE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORMS_MY_SUBSCRIPTIONS_LIST_ITEM_TYPE_VALUES)!r}"
    )
