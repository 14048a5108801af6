from typing import Literal

CreditTransactionHistoryStatusEnum = Literal["cancelled", "completed", "failed", "pending"]

CREDIT_TRANSACTION_HISTORY_STATUS_ENUM_VALUES: frozenset[CreditTransactionHistoryStatusEnum] = (
    frozenset(["cancelled", "completed", "failed", "pending"])
)


def check_credit_transaction_history_status_enum(value: str) -> CreditTransactionHistoryStatusEnum:
    if value in CREDIT_TRANSACTION_HISTORY_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(CREDIT_TRANSACTION_HISTORY_STATUS_ENUM_VALUES)!r}"
    )
