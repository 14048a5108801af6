from typing import Literal, cast

from ..._validation import unknown_enum_value

BillingTransactionsRetrieveTransactionType = Literal[
    "add", "refund", "release", "reserve", "rollover", "subtract"
]

BILLING_TRANSACTIONS_RETRIEVE_TRANSACTION_TYPE_VALUES: frozenset[
    BillingTransactionsRetrieveTransactionType
] = frozenset(["add", "refund", "release", "reserve", "rollover", "subtract"])


def check_billing_transactions_retrieve_transaction_type(
    value: object,
    path: str = "BillingTransactionsRetrieveTransactionType",
    *,
    known_only: bool = False,
) -> BillingTransactionsRetrieveTransactionType:
    """`value` as a `BillingTransactionsRetrieveTransactionType`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in BILLING_TRANSACTIONS_RETRIEVE_TRANSACTION_TYPE_VALUES:
        return value
    return cast(
        BillingTransactionsRetrieveTransactionType,
        unknown_enum_value(
            path,
            value,
            BILLING_TRANSACTIONS_RETRIEVE_TRANSACTION_TYPE_VALUES,
            "BillingTransactionsRetrieveTransactionType",
            known_only=known_only,
        ),
    )
