from typing import Literal

TransactionTypeEnum = Literal["add", "refund", "release", "reserve", "rollover", "subtract"]

TRANSACTION_TYPE_ENUM_VALUES: frozenset[TransactionTypeEnum] = frozenset(
    ["add", "refund", "release", "reserve", "rollover", "subtract"]
)


def check_transaction_type_enum(value: str) -> TransactionTypeEnum:
    if value in TRANSACTION_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(TRANSACTION_TYPE_ENUM_VALUES)!r}"
    )
