from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.program_group_suggestion_detail_metadata import (
        ProgramGroupSuggestionDetailMetadata,
    )


T = TypeVar("T", bound="ProgramGroupSuggestionDetail")


@_attrs_define
class ProgramGroupSuggestionDetail:
    """Response serializer for program group suggestion details"""

    id: int
    """ The unique identifier for the group suggestion """
    group_id: int
    """ The ID of the group receiving the suggestion """
    group_name: str
    """ The name of the group receiving the suggestion """
    platform_key: str
    """ The platform key associated with the suggestion """
    accepted: bool
    """ Whether the suggestion has been accepted """
    visible: bool
    """ Whether the suggestion is visible """
    created: datetime.datetime
    """ When the suggestion was created """
    modified: datetime.datetime
    """ When the suggestion was last modified """
    metadata: ProgramGroupSuggestionDetailMetadata
    """ Additional metadata for the suggestion """
    program_key: str
    """ The program key being suggested """
    program_name: str
    """ The name of the program being suggested """
    user_count: int
    """ Number of users in the group """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        group_id = self.group_id

        group_name = self.group_name

        platform_key = self.platform_key

        accepted = self.accepted

        visible = self.visible

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        metadata = self.metadata.to_dict()

        program_key = self.program_key

        program_name = self.program_name

        user_count = self.user_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "group_id": group_id,
                "group_name": group_name,
                "platform_key": platform_key,
                "accepted": accepted,
                "visible": visible,
                "created": created,
                "modified": modified,
                "metadata": metadata,
                "program_key": program_key,
                "program_name": program_name,
                "user_count": user_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_group_suggestion_detail_metadata import (
            ProgramGroupSuggestionDetailMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        group_id = d.pop("group_id")

        group_name = d.pop("group_name")

        platform_key = d.pop("platform_key")

        accepted = d.pop("accepted")

        visible = d.pop("visible")

        created = datetime.datetime.fromisoformat(
            d.pop("created").replace("Z", "+00:00").replace("z", "+00:00")
        )

        modified = datetime.datetime.fromisoformat(
            d.pop("modified").replace("Z", "+00:00").replace("z", "+00:00")
        )

        metadata = ProgramGroupSuggestionDetailMetadata.from_dict(d.pop("metadata"))

        program_key = d.pop("program_key")

        program_name = d.pop("program_name")

        user_count = d.pop("user_count")

        program_group_suggestion_detail = cls(
            id=id,
            group_id=group_id,
            group_name=group_name,
            platform_key=platform_key,
            accepted=accepted,
            visible=visible,
            created=created,
            modified=modified,
            metadata=metadata,
            program_key=program_key,
            program_name=program_name,
            user_count=user_count,
        )

        program_group_suggestion_detail.additional_properties = d
        return program_group_suggestion_detail

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
