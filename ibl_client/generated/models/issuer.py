from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issuer_signatories import IssuerSignatories


T = TypeVar("T", bound="Issuer")


@_attrs_define
class Issuer:
    name: str
    org: str
    entity_id: str
    signatories: IssuerSignatories
    url: str
    icon_image: str
    allowed_template_tags: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "entity_id": "entityId",
        "icon_image": "iconImage",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        org = self.org

        entity_id = self.entity_id

        signatories = self.signatories.to_dict()

        url = self.url

        icon_image = self.icon_image

        allowed_template_tags = self.allowed_template_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "org": org,
                "entityId": entity_id,
                "signatories": signatories,
                "url": url,
                "iconImage": icon_image,
            }
        )
        if allowed_template_tags is not UNSET:
            field_dict["allowed_template_tags"] = allowed_template_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.issuer_signatories import IssuerSignatories  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        org = d.pop("org")
        if not isinstance(org, str):
            raise TypeError(f"org: expected a string, got {type(org).__name__}")

        entity_id = d.pop("entityId")
        if not isinstance(entity_id, str):
            raise TypeError(f"entityId: expected a string, got {type(entity_id).__name__}")

        signatories = IssuerSignatories.from_dict(d.pop("signatories"))

        url = d.pop("url")
        if not isinstance(url, str):
            raise TypeError(f"url: expected a string, got {type(url).__name__}")

        icon_image = d.pop("iconImage")
        if not isinstance(icon_image, str):
            raise TypeError(f"iconImage: expected a string, got {type(icon_image).__name__}")

        allowed_template_tags = d.pop("allowed_template_tags", UNSET)

        issuer = cls(
            name=name,
            org=org,
            entity_id=entity_id,
            signatories=signatories,
            url=url,
            icon_image=icon_image,
            allowed_template_tags=allowed_template_tags,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        issuer.additional_properties = additional_properties
        return issuer

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
