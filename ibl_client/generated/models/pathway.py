from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_uuid,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Pathway")


@_attrs_define
class Pathway:
    id: int
    pathway_id: str
    """ A unique pathway ID. """
    path: str
    pathway_uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    """ The verbose name of the pathway. """
    visible: bool | Unset = UNSET
    """ Pathway visibility """
    slug: None | str | Unset = UNSET
    """ An additional unique slug field. (Optional) """
    user_id: int | Unset = UNSET
    username: str | Unset = UNSET
    platform_key: str | Unset = UNSET
    data: Any | Unset = UNSET
    """ Metadata """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pathway_id = self.pathway_id

        path = self.path

        pathway_uuid: str | Unset = UNSET
        if not isinstance(self.pathway_uuid, Unset):
            pathway_uuid = str(self.pathway_uuid)

        name = self.name

        visible = self.visible

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        user_id = self.user_id

        username = self.username

        platform_key = self.platform_key

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "pathway_id": pathway_id,
                "path": path,
            }
        )
        if pathway_uuid is not UNSET:
            field_dict["pathway_uuid"] = pathway_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if visible is not UNSET:
            field_dict["visible"] = visible
        if slug is not UNSET:
            field_dict["slug"] = slug
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        pathway_id = d.pop("pathway_id")
        if not isinstance(pathway_id, str):
            raise FieldError("pathway_id", "a string", pathway_id)

        path = d.pop("path")
        if not isinstance(path, str):
            raise FieldError("path", "a string", path)

        _pathway_uuid = d.pop("pathway_uuid", UNSET)
        pathway_uuid: UUID | Unset
        if isinstance(_pathway_uuid, Unset):
            pathway_uuid = UNSET
        else:
            pathway_uuid = parse_uuid("pathway_uuid", _pathway_uuid)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        visible = d.pop("visible", UNSET)
        if not isinstance(visible, (bool, Unset)):
            raise FieldError("visible", "a boolean", visible)

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("slug", "a string or null", data)

        slug = _parse_slug(d.pop("slug", UNSET))

        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, (int, Unset)) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        data = d.pop("data", UNSET)

        pathway = cls(
            id=id,
            pathway_id=pathway_id,
            path=path,
            pathway_uuid=pathway_uuid,
            name=name,
            visible=visible,
            slug=slug,
            user_id=user_id,
            username=username,
            platform_key=platform_key,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pathway.additional_properties = additional_properties
        return pathway

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
