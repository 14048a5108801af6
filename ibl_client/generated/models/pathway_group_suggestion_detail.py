from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        group_id = d.pop("group_id")

        group_name = d.pop("group_name")

        platform_key = d.pop("platform_key")

        visible = d.pop("visible")

        created = datetime.datetime.fromisoformat(
            d.pop("created").replace("Z", "+00:00").replace("z", "+00:00")
        )

        modified = datetime.datetime.fromisoformat(
            d.pop("modified").replace("Z", "+00:00").replace("z", "+00:00")
        )

        metadata = PathwayGroupSuggestionDetailMetadata.from_dict(d.pop("metadata"))

        pathway_id = d.pop("pathway_id")

        pathway_uuid = d.pop("pathway_uuid")

        pathway_name = d.pop("pathway_name")

        pathway_platform_key = d.pop("pathway_platform_key")

        accepted = d.pop("accepted", UNSET)

        user_count = d.pop("user_count", UNSET)

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

        pathway_group_suggestion_detail.additional_properties = d
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
