from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="App")


@_attrs_define
class App:
    name: str
    url: str
    type_: str
    metadata: Any | Unset = UNSET
    onboarding_required: bool | Unset = UNSET
    """ If true, users will be required to complete onboarding before using this app """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        type_ = self.type_

        metadata = self.metadata

        onboarding_required = self.onboarding_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
                "type": type_,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if onboarding_required is not UNSET:
            field_dict["onboarding_required"] = onboarding_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        url = d.pop("url")
        if not isinstance(url, str):
            raise TypeError(f"url: expected a string, got {type(url).__name__}")

        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type: expected a string, got {type(type_).__name__}")

        metadata = d.pop("metadata", UNSET)

        onboarding_required = d.pop("onboarding_required", UNSET)
        if not isinstance(onboarding_required, (bool, Unset)):
            raise TypeError(
                f"onboarding_required: expected a boolean, got {type(onboarding_required).__name__}"
            )

        app = cls(
            name=name,
            url=url,
            type_=type_,
            metadata=metadata,
            onboarding_required=onboarding_required,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        app.additional_properties = additional_properties
        return app

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
