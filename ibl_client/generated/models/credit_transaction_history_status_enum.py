from typing import Literal, cast

from ..._validation import unknown_enum_value

CreditTransactionHistoryStatusEnum = Literal["cancelled", "completed", "failed", "pending"]

CREDIT_TRANSACTION_HISTORY_STATUS_ENUM_VALUES: frozenset[CreditTransactionHistoryStatusEnum] = (
    frozenset(["cancelled", "completed", "failed", "pending"])
)


def check_credit_transaction_history_status_enum(
    value: object, path: str = "CreditTransactionHistoryStatusEnum", *, known_only: bool = False
) -> CreditTransactionHistoryStatusEnum:
    """`value` as a `CreditTransactionHistoryStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in CREDIT_TRANSACTION_HISTORY_STATUS_ENUM_VALUES:
        return value
    return cast(
        CreditTransactionHistoryStatusEnum,
        unknown_enum_value(
            path,
            value,
            CREDIT_TRANSACTION_HISTORY_STATUS_ENUM_VALUES,
            "CreditTransactionHistoryStatusEnum",
            known_only=known_only,
        ),
    )
