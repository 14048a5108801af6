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

        accepted = d.pop("accepted")
        if not isinstance(accepted, bool):
            raise FieldError("accepted", "a boolean", accepted)

        visible = d.pop("visible")
        if not isinstance(visible, bool):
            raise FieldError("visible", "a boolean", visible)

        created = parse_datetime("created", d.pop("created"))

        modified = parse_datetime("modified", d.pop("modified"))

        metadata = nested("metadata", ProgramGroupSuggestionDetailMetadata, d.pop("metadata"))

        program_key = d.pop("program_key")
        if not isinstance(program_key, str):
            raise FieldError("program_key", "a string", program_key)

        program_name = d.pop("program_name")
        if not isinstance(program_name, str):
            raise FieldError("program_name", "a string", program_name)

        user_count = d.pop("user_count")
        if not isinstance(user_count, int) or user_count is True or user_count is False:
            raise FieldError("user_count", "an integer", user_count)

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_group_suggestion_detail.additional_properties = additional_properties
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
