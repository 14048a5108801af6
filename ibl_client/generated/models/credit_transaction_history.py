from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
    parse_uuid,
)
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
        id = parse_uuid("id", d.pop("id"))

        transaction_type = check_transaction_type_enum(
            d.pop("transaction_type"), "transaction_type"
        )

        payment_amount_usd = d.pop("payment_amount_usd")
        if not isinstance(payment_amount_usd, str):
            raise FieldError("payment_amount_usd", "a string", payment_amount_usd)

        credits_amount = d.pop("credits_amount")
        if not isinstance(credits_amount, str):
            raise FieldError("credits_amount", "a string", credits_amount)

        credits_balance_after = d.pop("credits_balance_after")
        if not isinstance(credits_balance_after, str):
            raise FieldError("credits_balance_after", "a string", credits_balance_after)

        description = d.pop("description")
        if not isinstance(description, str):
            raise FieldError("description", "a string", description)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        _status = d.pop("status", UNSET)
        status: CreditTransactionHistoryStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_credit_transaction_history_status_enum(_status, "status")

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
