from typing import Literal

PlatformsSubscribersListStatus = Literal[
    "active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"
]

PLATFORMS_SUBSCRIBERS_LIST_STATUS_VALUES: frozenset[PlatformsSubscribersListStatus] = frozenset(
    ["active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"]
)


def check_platforms_subscribers_list_status(value: str) -> PlatformsSubscribersListStatus:
    if value in PLATFORMS_SUBSCRIBERS_LIST_STATUS_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORMS_SUBSCRIBERS_LIST_STATUS_VALUES)!r}"
    )
