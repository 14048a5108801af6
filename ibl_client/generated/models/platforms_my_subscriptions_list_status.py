from typing import Literal

PlatformsMySubscriptionsListStatus = Literal[
    "active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"
]

PLATFORMS_MY_SUBSCRIPTIONS_LIST_STATUS_VALUES: frozenset[PlatformsMySubscriptionsListStatus] = (
    frozenset(["active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"])
)


def check_platforms_my_subscriptions_list_status(value: str) -> PlatformsMySubscriptionsListStatus:
    if value in PLATFORMS_MY_SUBSCRIPTIONS_LIST_STATUS_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORMS_MY_SUBSCRIPTIONS_LIST_STATUS_VALUES)!r}"
    )
