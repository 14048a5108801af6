from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformsItemsSubscribersListStatus = Literal[
    "active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"
]

PLATFORMS_ITEMS_SUBSCRIBERS_LIST_STATUS_VALUES: frozenset[PlatformsItemsSubscribersListStatus] = (
    frozenset(["active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"])
)


def check_platforms_items_subscribers_list_status(
    value: object, path: str = "PlatformsItemsSubscribersListStatus", *, known_only: bool = False
) -> PlatformsItemsSubscribersListStatus:
    """`value` as a `PlatformsItemsSubscribersListStatus`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PLATFORMS_ITEMS_SUBSCRIBERS_LIST_STATUS_VALUES:
        return value
    return cast(
        PlatformsItemsSubscribersListStatus,
        unknown_enum_value(
            path,
            value,
            PLATFORMS_ITEMS_SUBSCRIBERS_LIST_STATUS_VALUES,
            "PlatformsItemsSubscribersListStatus",
            known_only=known_only,
        ),
    )
