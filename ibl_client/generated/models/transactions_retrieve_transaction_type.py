from typing import Literal, cast

from ..._validation import unknown_enum_value

TransactionsRetrieveTransactionType = Literal[
    "add", "refund", "release", "reserve", "rollover", "subtract"
]

TRANSACTIONS_RETRIEVE_TRANSACTION_TYPE_VALUES: frozenset[TransactionsRetrieveTransactionType] = (
    frozenset(["add", "refund", "release", "reserve", "rollover", "subtract"])
)


def check_transactions_retrieve_transaction_type(
    value: object, path: str = "TransactionsRetrieveTransactionType", *, known_only: bool = False
) -> TransactionsRetrieveTransactionType:
    """`value` as a `TransactionsRetrieveTransactionType`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in TRANSACTIONS_RETRIEVE_TRANSACTION_TYPE_VALUES:
        return value
    return cast(
        TransactionsRetrieveTransactionType,
        unknown_enum_value(
            path,
            value,
            TRANSACTIONS_RETRIEVE_TRANSACTION_TYPE_VALUES,
            "TransactionsRetrieveTransactionType",
            known_only=known_only,
        ),
    )
