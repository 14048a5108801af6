from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
    parse_datetime,
    parse_uuid,
)
from ..models.item_type_40f_enum import ItemType40FEnum, check_item_type_40f_enum
from ..models.status_0e3_enum import Status0E3Enum, check_status_0e3_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_price import ItemPrice


T = TypeVar("T", bound="ItemSubscriptionList")


@_attrs_define
class ItemSubscriptionList:
    unique_id: UUID
    user_id: int
    username: str
    email: str
    item_type: ItemType40FEnum
    """ * `mentor` - Mentor
    * `course` - Course
    * `program` - Program
    * `pathway` - Pathway """
    item_id: str
    """ Identifier for the item """
    item_name: str
    price: ItemPrice
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: Status0E3Enum | Unset = UNSET
    """ * `active` - Active
    * `free` - Free Tier
    * `grandfathered` - Grandfathered
    * `trialing` - Trialing
    * `past_due` - Past Due
    * `canceled` - Canceled
    * `incomplete` - Incomplete """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_id = str(self.unique_id)

        user_id = self.user_id

        username = self.username

        email = self.email

        item_type: str = self.item_type

        item_id = self.item_id

        item_name = self.item_name

        price = self.price.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unique_id": unique_id,
                "user_id": user_id,
                "username": username,
                "email": email,
                "item_type": item_type,
                "item_id": item_id,
                "item_name": item_name,
                "price": price,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_price import ItemPrice  # noqa: PLC0415

        d = dict(src_dict)
        unique_id = parse_uuid("unique_id", d.pop("unique_id"))

        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        email = d.pop("email")
        if not isinstance(email, str):
            raise FieldError("email", "a string", email)

        item_type = check_item_type_40f_enum(d.pop("item_type"), "item_type")

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise FieldError("item_id", "a string", item_id)

        item_name = d.pop("item_name")
        if not isinstance(item_name, str):
            raise FieldError("item_name", "a string", item_name)

        price = nested("price", ItemPrice, d.pop("price"))

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        _status = d.pop("status", UNSET)
        status: Status0E3Enum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_status_0e3_enum(_status, "status")

        item_subscription_list = cls(
            unique_id=unique_id,
            user_id=user_id,
            username=username,
            email=email,
            item_type=item_type,
            item_id=item_id,
            item_name=item_name,
            price=price,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        item_subscription_list.additional_properties = additional_properties
        return item_subscription_list

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
