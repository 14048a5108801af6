from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_transaction_history_status_enum import (
    CreditTransactionHistoryStatusEnum,
    check_credit_transaction_history_status_enum,
)
from ..models.transaction_type_enum import TransactionTypeEnum, check_transaction_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditTransactionHistory")


@_attrs_define
class CreditTransactionHistory:
    """Serializer for user-facing transaction history. NEVER exposes internal USD amounts (amount_usd, usd_balance_*).

    - payment_amount_usd: only shown for ``add`` transactions (real user payment). - description: user-friendly label
    derived from service_name/transaction_type. - service_name is excluded from the response (internal detail).

    """

    id: UUID
    transaction_type: TransactionTypeEnum
    """ * `add` - Add Credits
    * `subtract` - Subtract Credits
    * `reserve` - Reserve Credits
    * `release` - Release Reserved Credits
    * `rollover` - Rollover Credits
    * `refund` - Refund Credits """
    payment_amount_usd: str
    credits_amount: str
    credits_balance_after: str
    description: str
    created_at: datetime.datetime
    status: CreditTransactionHistoryStatusEnum | Unset = UNSET
    """ * `pending` - Pending
    * `completed` - Completed
    * `failed` - Failed
    * `cancelled` - Cancelled """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        transaction_type: str = self.transaction_type

        payment_amount_usd = self.payment_amount_usd

        credits_amount = self.credits_amount

        credits_balance_after = self.credits_balance_after

        description = self.description

        created_at = self.created_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "transaction_type": transaction_type,
                "payment_amount_usd": payment_amount_usd,
                "credits_amount": credits_amount,
                "credits_balance_after": credits_balance_after,
                "description": description,
                "created_at": created_at,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        transaction_type = check_transaction_type_enum(d.pop("transaction_type"))

        payment_amount_usd = d.pop("payment_amount_usd")
        if not isinstance(payment_amount_usd, str):
            raise TypeError(
                f"payment_amount_usd: expected a string, got {type(payment_amount_usd).__name__}"
            )

        credits_amount = d.pop("credits_amount")
        if not isinstance(credits_amount, str):
            raise TypeError(
                f"credits_amount: expected a string, got {type(credits_amount).__name__}"
            )

        credits_balance_after = d.pop("credits_balance_after")
        if not isinstance(credits_balance_after, str):
            raise TypeError(
                f"credits_balance_after: expected a string, got {type(credits_balance_after).__name__}"
            )

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        created_at = datetime.datetime.fromisoformat(
            d.pop("created_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        _status = d.pop("status", UNSET)
        status: CreditTransactionHistoryStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_credit_transaction_history_status_enum(_status)

        credit_transaction_history = cls(
            id=id,
            transaction_type=transaction_type,
            payment_amount_usd=payment_amount_usd,
            credits_amount=credits_amount,
            credits_balance_after=credits_balance_after,
            description=description,
            created_at=created_at,
            status=status,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        credit_transaction_history.additional_properties = additional_properties
        return credit_transaction_history

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
