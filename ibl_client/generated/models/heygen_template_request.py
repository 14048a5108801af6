from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HeygenTemplateRequest")


@_attrs_define
class HeygenTemplateRequest:
    template_id: str
    name: str
    preview_image_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        name = self.name

        preview_image_url: None | str | Unset
        if isinstance(self.preview_image_url, Unset):
            preview_image_url = UNSET
        else:
            preview_image_url = self.preview_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_id": template_id,
                "name": name,
            }
        )
        if preview_image_url is not UNSET:
            field_dict["preview_image_url"] = preview_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_id = d.pop("template_id")
        if not isinstance(template_id, str):
            raise FieldError("template_id", "a string", template_id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        def _parse_preview_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("preview_image_url", "a string or null", data)

        preview_image_url = _parse_preview_image_url(d.pop("preview_image_url", UNSET))

        heygen_template_request = cls(
            template_id=template_id,
            name=name,
            preview_image_url=preview_image_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        heygen_template_request.additional_properties = additional_properties
        return heygen_template_request

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
