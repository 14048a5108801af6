from typing import Literal

BillingTransactionsRetrieveTransactionType = Literal[
    "add", "refund", "release", "reserve", "rollover", "subtract"
]

BILLING_TRANSACTIONS_RETRIEVE_TRANSACTION_TYPE_VALUES: frozenset[
    BillingTransactionsRetrieveTransactionType
] = frozenset(["add", "refund", "release", "reserve", "rollover", "subtract"])


def check_billing_transactions_retrieve_transaction_type(
    value: str,
) -> BillingTransactionsRetrieveTransactionType:
    if value in BILLING_TRANSACTIONS_RETRIEVE_TRANSACTION_TYPE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(BILLING_TRANSACTIONS_RETRIEVE_TRANSACTION_TYPE_VALUES)!r}"
    )
