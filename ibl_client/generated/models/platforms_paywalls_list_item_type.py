from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformsPaywallsListItemType = Literal["course", "mentor", "pathway", "program"]

PLATFORMS_PAYWALLS_LIST_ITEM_TYPE_VALUES: frozenset[PlatformsPaywallsListItemType] = frozenset(
    ["course", "mentor", "pathway", "program"]
)


def check_platforms_paywalls_list_item_type(
    value: object, path: str = "PlatformsPaywallsListItemType", *, known_only: bool = False
) -> PlatformsPaywallsListItemType:
    """`value` as a `PlatformsPaywallsListItemType`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PLATFORMS_PAYWALLS_LIST_ITEM_TYPE_VALUES:
        return value
    return cast(
        PlatformsPaywallsListItemType,
        unknown_enum_value(
            path,
            value,
            PLATFORMS_PAYWALLS_LIST_ITEM_TYPE_VALUES,
            "PlatformsPaywallsListItemType",
            known_only=known_only,
        ),
    )
