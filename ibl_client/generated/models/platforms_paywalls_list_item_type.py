from typing import Literal

PlatformsPaywallsListItemType = Literal["course", "mentor", "pathway", "program"]

PLATFORMS_PAYWALLS_LIST_ITEM_TYPE_VALUES: frozenset[PlatformsPaywallsListItemType] = frozenset(
    ["course", "mentor", "pathway", "program"]
)


def check_platforms_paywalls_list_item_type(value: str) -> PlatformsPaywallsListItemType:
    if value in PLATFORMS_PAYWALLS_LIST_ITEM_TYPE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORMS_PAYWALLS_LIST_ITEM_TYPE_VALUES)!r}"
    )
