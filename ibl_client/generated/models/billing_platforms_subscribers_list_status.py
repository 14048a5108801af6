from typing import Literal

BillingPlatformsSubscribersListStatus = Literal[
    "active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"
]

BILLING_PLATFORMS_SUBSCRIBERS_LIST_STATUS_VALUES: frozenset[
    BillingPlatformsSubscribersListStatus
] = frozenset(["active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"])


def check_billing_platforms_subscribers_list_status(
    value: str,
) -> BillingPlatformsSubscribersListStatus:
    if value in BILLING_PLATFORMS_SUBSCRIBERS_LIST_STATUS_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(BILLING_PLATFORMS_SUBSCRIBERS_LIST_STATUS_VALUES)!r}"
    )
