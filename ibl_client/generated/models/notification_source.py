from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_source_type_enum import (
    NotificationSourceTypeEnum,
    check_notification_source_type_enum,
)

T = TypeVar("T", bound="NotificationSource")


@_attrs_define
class NotificationSource:
    """Request serializer for source validation"""

    type_: NotificationSourceTypeEnum
    """ * `email` - email
    * `username` - username
    * `platform` - platform
    * `csv` - csv
    * `department` - department
    * `pathway` - pathway
    * `program` - program
    * `usergroup` - usergroup """
    data: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_notification_source_type_enum(d.pop("type"))

        data = d.pop("data")

        notification_source = cls(
            type_=type_,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        notification_source.additional_properties = additional_properties
        return notification_source

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
