from typing import Literal

PlatformsSubscribersListItemType = Literal["course", "mentor", "pathway", "program"]

PLATFORMS_SUBSCRIBERS_LIST_ITEM_TYPE_VALUES: frozenset[PlatformsSubscribersListItemType] = (
    frozenset(["course", "mentor", "pathway", "program"])
)


def check_platforms_subscribers_list_item_type(value: str) -> PlatformsSubscribersListItemType:
    if value in PLATFORMS_SUBSCRIBERS_LIST_ITEM_TYPE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORMS_SUBSCRIBERS_LIST_ITEM_TYPE_VALUES)!r}"
    )
