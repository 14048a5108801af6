from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SCIMName")


@_attrs_define
class SCIMName:
    """SCIM name object serializer. Fields allow_blank=True so response validation succeeds for users with no name set."""

    formatted: str | Unset = UNSET
    """ Full formatted name """
    family_name: str | Unset = UNSET
    """ Family/last name """
    given_name: str | Unset = UNSET
    """ Given/first name """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "family_name": "familyName",
        "given_name": "givenName",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        formatted = self.formatted

        family_name = self.family_name

        given_name = self.given_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if formatted is not UNSET:
            field_dict["formatted"] = formatted
        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        if given_name is not UNSET:
            field_dict["givenName"] = given_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        formatted = d.pop("formatted", UNSET)
        if not isinstance(formatted, (str, Unset)):
            raise TypeError(f"formatted: expected a string, got {type(formatted).__name__}")

        family_name = d.pop("familyName", UNSET)
        if not isinstance(family_name, (str, Unset)):
            raise TypeError(f"familyName: expected a string, got {type(family_name).__name__}")

        given_name = d.pop("givenName", UNSET)
        if not isinstance(given_name, (str, Unset)):
            raise TypeError(f"givenName: expected a string, got {type(given_name).__name__}")

        scim_name = cls(
            formatted=formatted,
            family_name=family_name,
            given_name=given_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        scim_name.additional_properties = additional_properties
        return scim_name

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
