from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_type_enum import EntityTypeEnum, check_entity_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Entity")


@_attrs_define
class Entity:
    """Entity information for the invoice."""

    display_name: str
    type_: EntityTypeEnum | Unset = UNSET
    """ * `user` - user
    * `platform` - platform
    * `global` - global """
    username: str | Unset = UNSET
    platform_key: str | Unset = UNSET
    platform_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        username = self.username

        platform_key = self.platform_key

        platform_name = self.platform_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if username is not UNSET:
            field_dict["username"] = username
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if platform_name is not UNSET:
            field_dict["platform_name"] = platform_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise TypeError(f"display_name: expected a string, got {type(display_name).__name__}")

        _type_ = d.pop("type", UNSET)
        type_: EntityTypeEnum | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_entity_type_enum(_type_)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        platform_name = d.pop("platform_name", UNSET)
        if not isinstance(platform_name, (str, Unset)):
            raise TypeError(f"platform_name: expected a string, got {type(platform_name).__name__}")

        entity = cls(
            display_name=display_name,
            type_=type_,
            username=username,
            platform_key=platform_key,
            platform_name=platform_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        entity.additional_properties = additional_properties
        return entity

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
