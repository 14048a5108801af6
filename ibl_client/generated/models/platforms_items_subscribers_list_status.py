from typing import Literal

PlatformsItemsSubscribersListStatus = Literal[
    "active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"
]

PLATFORMS_ITEMS_SUBSCRIBERS_LIST_STATUS_VALUES: frozenset[PlatformsItemsSubscribersListStatus] = (
    frozenset(["active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"])
)


def check_platforms_items_subscribers_list_status(
    value: str,
) -> PlatformsItemsSubscribersListStatus:
    if value in PLATFORMS_ITEMS_SUBSCRIBERS_LIST_STATUS_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORMS_ITEMS_SUBSCRIBERS_LIST_STATUS_VALUES)!r}"
    )
