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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pathway_group_suggestion_detail_metadata import (
        PathwayGroupSuggestionDetailMetadata,
    )


T = TypeVar("T", bound="PathwayGroupSuggestionDetail")


@_attrs_define
class PathwayGroupSuggestionDetail:
    """Response serializer for pathway group suggestion details"""

    id: int
    """ The unique identifier for the group suggestion """
    group_id: int
    """ The ID of the group receiving the suggestion """
    group_name: str
    """ The name of the group receiving the suggestion """
    platform_key: str
    """ The platform key associated with the suggestion """
    visible: bool
    """ Whether the suggestion is visible """
    created: datetime.datetime
    """ When the suggestion was created """
    modified: datetime.datetime
    """ When the suggestion was last modified """
    metadata: PathwayGroupSuggestionDetailMetadata
    """ Additional metadata for the suggestion """
    pathway_id: str
    """ The pathway ID being suggested """
    pathway_uuid: str
    """ The UUID of the pathway being suggested """
    pathway_name: str
    """ The name of the pathway being suggested """
    pathway_platform_key: str
    """ The platform key associated with the pathway """
    accepted: bool | Unset = UNSET
    """ Whether the suggestion has been accepted """
    user_count: int | Unset = UNSET
    """ Number of users in the group """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        group_id = self.group_id

        group_name = self.group_name

        platform_key = self.platform_key

        visible = self.visible

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        metadata = self.metadata.to_dict()

        pathway_id = self.pathway_id

        pathway_uuid = self.pathway_uuid

        pathway_name = self.pathway_name

        pathway_platform_key = self.pathway_platform_key

        accepted = self.accepted

        user_count = self.user_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "group_id": group_id,
                "group_name": group_name,
                "platform_key": platform_key,
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
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if user_count is not UNSET:
            field_dict["user_count"] = user_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pathway_group_suggestion_detail_metadata import (
            PathwayGroupSuggestionDetailMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        group_id = d.pop("group_id")
        if not isinstance(group_id, int) or group_id is True or group_id is False:
            raise FieldError("group_id", "an integer", group_id)

        group_name = d.pop("group_name")
        if not isinstance(group_name, str):
            raise FieldError("group_name", "a string", group_name)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        visible = d.pop("visible")
        if not isinstance(visible, bool):
            raise FieldError("visible", "a boolean", visible)

        created = parse_datetime("created", d.pop("created"))

        modified = parse_datetime("modified", d.pop("modified"))

        metadata = nested("metadata", PathwayGroupSuggestionDetailMetadata, d.pop("metadata"))

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

        accepted = d.pop("accepted", UNSET)
        if not isinstance(accepted, (bool, Unset)):
            raise FieldError("accepted", "a boolean", accepted)

        user_count = d.pop("user_count", UNSET)
        if not isinstance(user_count, (int, Unset)) or user_count is True or user_count is False:
            raise FieldError("user_count", "an integer", user_count)

        pathway_group_suggestion_detail = cls(
            id=id,
            group_id=group_id,
            group_name=group_name,
            platform_key=platform_key,
            visible=visible,
            created=created,
            modified=modified,
            metadata=metadata,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            pathway_name=pathway_name,
            pathway_platform_key=pathway_platform_key,
            accepted=accepted,
            user_count=user_count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pathway_group_suggestion_detail.additional_properties = additional_properties
        return pathway_group_suggestion_detail

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
