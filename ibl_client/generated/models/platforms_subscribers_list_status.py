from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformsSubscribersListStatus = Literal[
    "active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"
]

PLATFORMS_SUBSCRIBERS_LIST_STATUS_VALUES: frozenset[PlatformsSubscribersListStatus] = frozenset(
    ["active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"]
)


def check_platforms_subscribers_list_status(
    value: object, path: str = "PlatformsSubscribersListStatus", *, known_only: bool = False
) -> PlatformsSubscribersListStatus:
    """`value` as a `PlatformsSubscribersListStatus`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PLATFORMS_SUBSCRIBERS_LIST_STATUS_VALUES:
        return value
    return cast(
        PlatformsSubscribersListStatus,
        unknown_enum_value(
            path,
            value,
            PLATFORMS_SUBSCRIBERS_LIST_STATUS_VALUES,
            "PlatformsSubscribersListStatus",
            known_only=known_only,
        ),
    )
