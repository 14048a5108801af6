from typing import Literal, cast

from ..._validation import unknown_enum_value

StripeCheckoutSessionRequestModeEnum = Literal["payment", "setup", "subscription"]

STRIPE_CHECKOUT_SESSION_REQUEST_MODE_ENUM_VALUES: frozenset[
    StripeCheckoutSessionRequestModeEnum
] = frozenset(["payment", "setup", "subscription"])


def check_stripe_checkout_session_request_mode_enum(
    value: object, path: str = "StripeCheckoutSessionRequestModeEnum", *, known_only: bool = False
) -> StripeCheckoutSessionRequestModeEnum:
    """`value` as a `StripeCheckoutSessionRequestModeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in STRIPE_CHECKOUT_SESSION_REQUEST_MODE_ENUM_VALUES:
        return value
    return cast(
        StripeCheckoutSessionRequestModeEnum,
        unknown_enum_value(
            path,
            value,
            STRIPE_CHECKOUT_SESSION_REQUEST_MODE_ENUM_VALUES,
            "StripeCheckoutSessionRequestModeEnum",
            known_only=known_only,
        ),
    )
