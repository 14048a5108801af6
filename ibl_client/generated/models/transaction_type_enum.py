from typing import Literal, cast

from ..._validation import unknown_enum_value

TransactionTypeEnum = Literal["add", "refund", "release", "reserve", "rollover", "subtract"]

TRANSACTION_TYPE_ENUM_VALUES: frozenset[TransactionTypeEnum] = frozenset(
    ["add", "refund", "release", "reserve", "rollover", "subtract"]
)


def check_transaction_type_enum(
    value: object, path: str = "TransactionTypeEnum", *, known_only: bool = False
) -> TransactionTypeEnum:
    """`value` as a `TransactionTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in TRANSACTION_TYPE_ENUM_VALUES:
        return value
    return cast(
        TransactionTypeEnum,
        unknown_enum_value(
            path, value, TRANSACTION_TYPE_ENUM_VALUES, "TransactionTypeEnum", known_only=known_only
        ),
    )
