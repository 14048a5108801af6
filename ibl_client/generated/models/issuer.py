from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)
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
            raise FieldError("name", "a string", name)

        org = d.pop("org")
        if not isinstance(org, str):
            raise FieldError("org", "a string", org)

        entity_id = d.pop("entityId")
        if not isinstance(entity_id, str):
            raise FieldError("entityId", "a string", entity_id)

        signatories = nested("signatories", IssuerSignatories, d.pop("signatories"))

        url = d.pop("url")
        if not isinstance(url, str):
            raise FieldError("url", "a string", url)

        icon_image = d.pop("iconImage")
        if not isinstance(icon_image, str):
            raise FieldError("iconImage", "a string", icon_image)

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
