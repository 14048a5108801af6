from typing import Literal, cast

from ..._validation import unknown_enum_value

BillingPlatformsSubscribersListStatus = Literal[
    "active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"
]

BILLING_PLATFORMS_SUBSCRIBERS_LIST_STATUS_VALUES: frozenset[
    BillingPlatformsSubscribersListStatus
] = frozenset(["active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"])


def check_billing_platforms_subscribers_list_status(
    value: object, path: str = "BillingPlatformsSubscribersListStatus", *, known_only: bool = False
) -> BillingPlatformsSubscribersListStatus:
    """`value` as a `BillingPlatformsSubscribersListStatus`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in BILLING_PLATFORMS_SUBSCRIBERS_LIST_STATUS_VALUES:
        return value
    return cast(
        BillingPlatformsSubscribersListStatus,
        unknown_enum_value(
            path,
            value,
            BILLING_PLATFORMS_SUBSCRIBERS_LIST_STATUS_VALUES,
            "BillingPlatformsSubscribersListStatus",
            known_only=known_only,
        ),
    )
