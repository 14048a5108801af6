from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.pathway_suggestion_detail_metadata import PathwaySuggestionDetailMetadata


T = TypeVar("T", bound="PathwaySuggestionDetail")


@_attrs_define
class PathwaySuggestionDetail:
    """Response serializer for pathway suggestion details"""

    id: int
    """ The unique identifier for the suggestion """
    user_id: int
    """ The ID of the user receiving the suggestion """
    username: str
    """ The username of the user receiving the suggestion """
    name: str
    """ The full name of the user receiving the suggestion """
    platform_key: str
    """ The platform key associated with the suggestion """
    accepted: bool
    """ Whether the suggestion has been accepted by the user """
    visible: bool
    """ Whether the suggestion is visible to the user """
    created: datetime.datetime
    """ When the suggestion was created """
    modified: datetime.datetime
    """ When the suggestion was last modified """
    metadata: PathwaySuggestionDetailMetadata
    """ Additional metadata for the suggestion """
    pathway_id: str
    """ The pathway ID being suggested """
    pathway_uuid: str
    """ The UUID of the pathway being suggested """
    pathway_name: str
    """ The name of the pathway being suggested """
    pathway_platform_key: str
    """ The platform key associated with the pathway """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        username = self.username

        name = self.name

        platform_key = self.platform_key

        accepted = self.accepted

        visible = self.visible

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        metadata = self.metadata.to_dict()

        pathway_id = self.pathway_id

        pathway_uuid = self.pathway_uuid

        pathway_name = self.pathway_name

        pathway_platform_key = self.pathway_platform_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "username": username,
                "name": name,
                "platform_key": platform_key,
                "accepted": accepted,
                "visible": visible,
                "created": created,
                "modified": modified,
                "metadata": metadata,
                "pathway_id": pathway_id,
                "pathway_uuid": pathway_uuid,
                "pathway_name": pathway_name,
                "pathway_platform_key": pathway_platform_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pathway_suggestion_detail_metadata import PathwaySuggestionDetailMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        accepted = d.pop("accepted")
        if not isinstance(accepted, bool):
            raise FieldError("accepted", "a boolean", accepted)

        visible = d.pop("visible")
        if not isinstance(visible, bool):
            raise FieldError("visible", "a boolean", visible)

        created = parse_datetime("created", d.pop("created"))

        modified = parse_datetime("modified", d.pop("modified"))

        metadata = nested("metadata", PathwaySuggestionDetailMetadata, d.pop("metadata"))

        pathway_id = d.pop("pathway_id")
        if not isinstance(pathway_id, str):
            raise FieldError("pathway_id", "a string", pathway_id)

        pathway_uuid = d.pop("pathway_uuid")
        if not isinstance(pathway_uuid, str):
            raise FieldError("pathway_uuid", "a string", pathway_uuid)

        pathway_name = d.pop("pathway_name")
        if not isinstance(pathway_name, str):
            raise FieldError("pathway_name", "a string", pathway_name)

        pathway_platform_key = d.pop("pathway_platform_key")
        if not isinstance(pathway_platform_key, str):
            raise FieldError("pathway_platform_key", "a string", pathway_platform_key)

        pathway_suggestion_detail = cls(
            id=id,
            user_id=user_id,
            username=username,
            name=name,
            platform_key=platform_key,
            accepted=accepted,
            visible=visible,
            created=created,
            modified=modified,
            metadata=metadata,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            pathway_name=pathway_name,
            pathway_platform_key=pathway_platform_key,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pathway_suggestion_detail.additional_properties = additional_properties
        return pathway_suggestion_detail

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
