from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformsSubscribersListItemType = Literal["course", "mentor", "pathway", "program"]

PLATFORMS_SUBSCRIBERS_LIST_ITEM_TYPE_VALUES: frozenset[PlatformsSubscribersListItemType] = (
    frozenset(["course", "mentor", "pathway", "program"])
)


def check_platforms_subscribers_list_item_type(
    value: object, path: str = "PlatformsSubscribersListItemType", *, known_only: bool = False
) -> PlatformsSubscribersListItemType:
    """`value` as a `PlatformsSubscribersListItemType`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PLATFORMS_SUBSCRIBERS_LIST_ITEM_TYPE_VALUES:
        return value
    return cast(
        PlatformsSubscribersListItemType,
        unknown_enum_value(
            path,
            value,
            PLATFORMS_SUBSCRIBERS_LIST_ITEM_TYPE_VALUES,
            "PlatformsSubscribersListItemType",
            known_only=known_only,
        ),
    )
