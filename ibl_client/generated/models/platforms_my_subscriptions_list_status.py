from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformsMySubscriptionsListStatus = Literal[
    "active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"
]

PLATFORMS_MY_SUBSCRIPTIONS_LIST_STATUS_VALUES: frozenset[PlatformsMySubscriptionsListStatus] = (
    frozenset(["active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"])
)


def check_platforms_my_subscriptions_list_status(
    value: object, path: str = "PlatformsMySubscriptionsListStatus", *, known_only: bool = False
) -> PlatformsMySubscriptionsListStatus:
    """`value` as a `PlatformsMySubscriptionsListStatus`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PLATFORMS_MY_SUBSCRIPTIONS_LIST_STATUS_VALUES:
        return value
    return cast(
        PlatformsMySubscriptionsListStatus,
        unknown_enum_value(
            path,
            value,
            PLATFORMS_MY_SUBSCRIPTIONS_LIST_STATUS_VALUES,
            "PlatformsMySubscriptionsListStatus",
            known_only=known_only,
        ),
    )
