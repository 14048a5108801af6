from typing import Literal

TransactionsRetrieveTransactionType = Literal[
    "add", "refund", "release", "reserve", "rollover", "subtract"
]

TRANSACTIONS_RETRIEVE_TRANSACTION_TYPE_VALUES: frozenset[TransactionsRetrieveTransactionType] = (
    frozenset(["add", "refund", "release", "reserve", "rollover", "subtract"])
)


def check_transactions_retrieve_transaction_type(value: str) -> TransactionsRetrieveTransactionType:
    if value in TRANSACTIONS_RETRIEVE_TRANSACTION_TYPE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(TRANSACTIONS_RETRIEVE_TRANSACTION_TYPE_VALUES)!r}"
    )
