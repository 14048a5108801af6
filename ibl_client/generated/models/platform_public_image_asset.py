from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
)

T = TypeVar("T", bound="PlatformPublicImageAsset")


@_attrs_define
class PlatformPublicImageAsset:
    id: int
    category: str
    """ Category of the asset """
    image: str
    url: str
    created_on: datetime.datetime
    last_updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category = self.category

        image = self.image

        url = self.url

        created_on = self.created_on.isoformat()

        last_updated = self.last_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "category": category,
                "image": image,
                "url": url,
                "created_on": created_on,
                "last_updated": last_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        category = d.pop("category")
        if not isinstance(category, str):
            raise FieldError("category", "a string", category)

        image = d.pop("image")
        if not isinstance(image, str):
            raise FieldError("image", "a string", image)

        url = d.pop("url")
        if not isinstance(url, str):
            raise FieldError("url", "a string", url)

        created_on = parse_datetime("created_on", d.pop("created_on"))

        last_updated = parse_datetime("last_updated", d.pop("last_updated"))

        platform_public_image_asset = cls(
            id=id,
            category=category,
            image=image,
            url=url,
            created_on=created_on,
            last_updated=last_updated,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform_public_image_asset.additional_properties = additional_properties
        return platform_public_image_asset

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
