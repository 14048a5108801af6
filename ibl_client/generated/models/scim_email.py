from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SCIMEmail")


@_attrs_define
class SCIMEmail:
    """SCIM email object serializer"""

    value: str
    """ Email address """
    primary: bool | Unset = UNSET
    """ Whether this is the primary email """
    type_: str | Unset = UNSET
    """ Email type (work, home, etc.) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        primary = self.primary

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if primary is not UNSET:
            field_dict["primary"] = primary
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")
        if not isinstance(value, str):
            raise TypeError(f"value: expected a string, got {type(value).__name__}")

        primary = d.pop("primary", UNSET)
        if not isinstance(primary, (bool, Unset)):
            raise TypeError(f"primary: expected a boolean, got {type(primary).__name__}")

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            raise TypeError(f"type: expected a string, got {type(type_).__name__}")

        scim_email = cls(
            value=value,
            primary=primary,
            type_=type_,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        scim_email.additional_properties = additional_properties
        return scim_email

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
