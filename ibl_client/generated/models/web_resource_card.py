from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebResourceCard")


@_attrs_define
class WebResourceCard:
    title: str
    description: str
    image_url: str
    domain: str
    site_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "image_url": "imageUrl",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        image_url = self.image_url

        domain = self.domain

        site_name = self.site_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
                "imageUrl": image_url,
                "domain": domain,
                "site_name": site_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        image_url = d.pop("imageUrl")
        if not isinstance(image_url, str):
            raise TypeError(f"imageUrl: expected a string, got {type(image_url).__name__}")

        domain = d.pop("domain")
        if not isinstance(domain, str):
            raise TypeError(f"domain: expected a string, got {type(domain).__name__}")

        site_name = d.pop("site_name")
        if not isinstance(site_name, str):
            raise TypeError(f"site_name: expected a string, got {type(site_name).__name__}")

        web_resource_card = cls(
            title=title,
            description=description,
            image_url=image_url,
            domain=domain,
            site_name=site_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        web_resource_card.additional_properties = additional_properties
        return web_resource_card

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
