from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformsMySubscriptionsListItemType = Literal["course", "mentor", "pathway", "program"]

PLATFORMS_MY_SUBSCRIPTIONS_LIST_ITEM_TYPE_VALUES: frozenset[
    PlatformsMySubscriptionsListItemType
] = frozenset(["course", "mentor", "pathway", "program"])


def check_platforms_my_subscriptions_list_item_type(
    value: object, path: str = "PlatformsMySubscriptionsListItemType", *, known_only: bool = False
) -> PlatformsMySubscriptionsListItemType:
    """`value` as a `PlatformsMySubscriptionsListItemType`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PLATFORMS_MY_SUBSCRIPTIONS_LIST_ITEM_TYPE_VALUES:
        return value
    return cast(
        PlatformsMySubscriptionsListItemType,
        unknown_enum_value(
            path,
            value,
            PLATFORMS_MY_SUBSCRIPTIONS_LIST_ITEM_TYPE_VALUES,
            "PlatformsMySubscriptionsListItemType",
            known_only=known_only,
        ),
    )
