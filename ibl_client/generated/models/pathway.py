from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pathway")


@_attrs_define
class Pathway:
    id: int
    pathway_id: str
    """ A unique pathway ID. """
    path: str
    pathway_uuid: str | Unset = UNSET
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

        pathway_uuid = self.pathway_uuid

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

        pathway_id = d.pop("pathway_id")

        path = d.pop("path")

        pathway_uuid = d.pop("pathway_uuid", UNSET)

        name = d.pop("name", UNSET)

        visible = d.pop("visible", UNSET)

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        user_id = d.pop("user_id", UNSET)

        username = d.pop("username", UNSET)

        platform_key = d.pop("platform_key", UNSET)

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

        pathway.additional_properties = d
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
