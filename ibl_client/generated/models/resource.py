from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Resource")


@_attrs_define
class Resource:
    id: int
    name: None | str
    """ The display name of the resource. """
    url: None | str
    """ Resource URL. """
    resource_type: None | str
    """ Resource type. """
    data: Any
    """ Metadata """
    item_id: str | Unset = UNSET
    image: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        url: None | str
        url = self.url

        resource_type: None | str
        resource_type = self.resource_type

        data = self.data

        item_id = self.item_id

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "url": url,
                "resource_type": resource_type,
                "data": data,
            }
        )
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if image is not UNSET:
            field_dict["image"] = image
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("url", "a string or null", data)

        url = _parse_url(d.pop("url"))

        def _parse_resource_type(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("resource_type", "a string or null", data)

        resource_type = _parse_resource_type(d.pop("resource_type"))

        data = d.pop("data")

        item_id = d.pop("item_id", UNSET)
        if not isinstance(item_id, (str, Unset)):
            raise FieldError("item_id", "a string", item_id)

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("image", "a string or null", data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        resource = cls(
            id=id,
            name=name,
            url=url,
            resource_type=resource_type,
            data=data,
            item_id=item_id,
            image=image,
            description=description,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        resource.additional_properties = additional_properties
        return resource

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
