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
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedPlatformPublicImageAsset")


@_attrs_define
class PatchedPlatformPublicImageAsset:
    id: int | Unset = UNSET
    category: str | Unset = UNSET
    """ Category of the asset """
    image: str | Unset = UNSET
    url: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category = self.category

        image = self.image

        url = self.url

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if category is not UNSET:
            field_dict["category"] = category
        if image is not UNSET:
            field_dict["image"] = image
        if url is not UNSET:
            field_dict["url"] = url
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        category = d.pop("category", UNSET)
        if not isinstance(category, (str, Unset)):
            raise FieldError("category", "a string", category)

        image = d.pop("image", UNSET)
        if not isinstance(image, (str, Unset)):
            raise FieldError("image", "a string", image)

        url = d.pop("url", UNSET)
        if not isinstance(url, (str, Unset)):
            raise FieldError("url", "a string", url)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = parse_datetime("created_on", _created_on)

        _last_updated = d.pop("last_updated", UNSET)
        last_updated: datetime.datetime | Unset
        if isinstance(_last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = parse_datetime("last_updated", _last_updated)

        patched_platform_public_image_asset = cls(
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

        patched_platform_public_image_asset.additional_properties = additional_properties
        return patched_platform_public_image_asset

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
