from typing import Literal

GooglePayAccountResponseStatusEnum = Literal["ACCOUNT_ACTIVE", "ACCOUNT_PENDING"]

GOOGLE_PAY_ACCOUNT_RESPONSE_STATUS_ENUM_VALUES: frozenset[GooglePayAccountResponseStatusEnum] = (
    frozenset(["ACCOUNT_ACTIVE", "ACCOUNT_PENDING"])
)


def check_google_pay_account_response_status_enum(value: str) -> GooglePayAccountResponseStatusEnum:
    if value in GOOGLE_PAY_ACCOUNT_RESPONSE_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(GOOGLE_PAY_ACCOUNT_RESPONSE_STATUS_ENUM_VALUES)!r}"
    )
