from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IssuerRequest")


@_attrs_define
class IssuerRequest:
    entity_id: str
    icon_image: str
    allowed_template_tags: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "entity_id": "entityId",
        "icon_image": "iconImage",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        icon_image = self.icon_image

        allowed_template_tags = self.allowed_template_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityId": entity_id,
                "iconImage": icon_image,
            }
        )
        if allowed_template_tags is not UNSET:
            field_dict["allowed_template_tags"] = allowed_template_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_id = d.pop("entityId")
        if not isinstance(entity_id, str):
            raise TypeError(f"entityId: expected a string, got {type(entity_id).__name__}")

        icon_image = d.pop("iconImage")
        if not isinstance(icon_image, str):
            raise TypeError(f"iconImage: expected a string, got {type(icon_image).__name__}")

        allowed_template_tags = d.pop("allowed_template_tags", UNSET)

        issuer_request = cls(
            entity_id=entity_id,
            icon_image=icon_image,
            allowed_template_tags=allowed_template_tags,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        issuer_request.additional_properties = additional_properties
        return issuer_request

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
