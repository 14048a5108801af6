from typing import Literal

StripeCheckoutSessionRequestModeEnum = Literal["payment", "setup", "subscription"]

STRIPE_CHECKOUT_SESSION_REQUEST_MODE_ENUM_VALUES: frozenset[
    StripeCheckoutSessionRequestModeEnum
] = frozenset(["payment", "setup", "subscription"])


def check_stripe_checkout_session_request_mode_enum(
    value: str,
) -> StripeCheckoutSessionRequestModeEnum:
    if value in STRIPE_CHECKOUT_SESSION_REQUEST_MODE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(STRIPE_CHECKOUT_SESSION_REQUEST_MODE_ENUM_VALUES)!r}"
    )
