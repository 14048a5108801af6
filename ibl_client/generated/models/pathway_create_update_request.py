from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pathway_create_update_request_path_item import PathwayCreateUpdateRequestPathItem


T = TypeVar("T", bound="PathwayCreateUpdateRequest")


@_attrs_define
class PathwayCreateUpdateRequest:
    """Serializer for pathway creation/update request body."""

    user_id: int
    """ User ID of the pathway owner """
    name: str
    """ Pathway name """
    path: list[PathwayCreateUpdateRequestPathItem]
    """ List of items in the pathway with item_id and optional position """
    pathway_id: str | Unset = UNSET
    """ Pathway ID """
    pathway_uuid: str | Unset = UNSET
    """ Pathway UUID """
    username: str | Unset = UNSET
    """ Username of the pathway owner """
    slug: str | Unset = UNSET
    """ Pathway slug """
    visible: bool | Unset = UNSET
    """ Whether the pathway is visible """
    platform_key: str | Unset = UNSET
    """ Platform key """
    data: Any | Unset = UNSET
    """ Additional pathway data """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        name = self.name

        path = []
        for path_item_data in self.path:
            path_item = path_item_data.to_dict()
            path.append(path_item)

        pathway_id = self.pathway_id

        pathway_uuid = self.pathway_uuid

        username = self.username

        slug = self.slug

        visible = self.visible

        platform_key = self.platform_key

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "name": name,
                "path": path,
            }
        )
        if pathway_id is not UNSET:
            field_dict["pathway_id"] = pathway_id
        if pathway_uuid is not UNSET:
            field_dict["pathway_uuid"] = pathway_uuid
        if username is not UNSET:
            field_dict["username"] = username
        if slug is not UNSET:
            field_dict["slug"] = slug
        if visible is not UNSET:
            field_dict["visible"] = visible
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pathway_create_update_request_path_item import (
            PathwayCreateUpdateRequestPathItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        _path = d.pop("path")
        if not isinstance(_path, list):
            raise FieldError("path", "an array", _path)
        path = []
        for _path_index, path_item_data in enumerate(_path):
            try:
                path_item = nested("path_item", PathwayCreateUpdateRequestPathItem, path_item_data)

            except PARSE_ERRORS as _path_error:
                raise within(("path", _path_index), _path_error, "path_item") from _path_error
            path.append(path_item)

        pathway_id = d.pop("pathway_id", UNSET)
        if not isinstance(pathway_id, (str, Unset)):
            raise FieldError("pathway_id", "a string", pathway_id)

        pathway_uuid = d.pop("pathway_uuid", UNSET)
        if not isinstance(pathway_uuid, (str, Unset)):
            raise FieldError("pathway_uuid", "a string", pathway_uuid)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        slug = d.pop("slug", UNSET)
        if not isinstance(slug, (str, Unset)):
            raise FieldError("slug", "a string", slug)

        visible = d.pop("visible", UNSET)
        if not isinstance(visible, (bool, Unset)):
            raise FieldError("visible", "a boolean", visible)

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        data = d.pop("data", UNSET)

        pathway_create_update_request = cls(
            user_id=user_id,
            name=name,
            path=path,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            username=username,
            slug=slug,
            visible=visible,
            platform_key=platform_key,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pathway_create_update_request.additional_properties = additional_properties
        return pathway_create_update_request

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
