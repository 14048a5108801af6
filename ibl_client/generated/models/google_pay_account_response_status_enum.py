from typing import Literal, cast

from ..._validation import unknown_enum_value

GooglePayAccountResponseStatusEnum = Literal["ACCOUNT_ACTIVE", "ACCOUNT_PENDING"]

GOOGLE_PAY_ACCOUNT_RESPONSE_STATUS_ENUM_VALUES: frozenset[GooglePayAccountResponseStatusEnum] = (
    frozenset(["ACCOUNT_ACTIVE", "ACCOUNT_PENDING"])
)


def check_google_pay_account_response_status_enum(
    value: object, path: str = "GooglePayAccountResponseStatusEnum", *, known_only: bool = False
) -> GooglePayAccountResponseStatusEnum:
    """`value` as a `GooglePayAccountResponseStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in GOOGLE_PAY_ACCOUNT_RESPONSE_STATUS_ENUM_VALUES:
        return value
    return cast(
        GooglePayAccountResponseStatusEnum,
        unknown_enum_value(
            path,
            value,
            GOOGLE_PAY_ACCOUNT_RESPONSE_STATUS_ENUM_VALUES,
            "GooglePayAccountResponseStatusEnum",
            known_only=known_only,
        ),
    )
