from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_group_suggestion_create_metadata import (
        ProgramGroupSuggestionCreateMetadata,
    )


T = TypeVar("T", bound="ProgramGroupSuggestionCreate")


@_attrs_define
class ProgramGroupSuggestionCreate:
    """Request serializer for ProgramGroupSuggestionManagementView POST endpoint"""

    platform_key: str
    """ The platform for the group suggestion """
    program_key: str
    """ The program key to suggest """
    group_id: int
    """ The group to suggest the program to """
    platform_org: str | Unset = UNSET
    """ The organization identifier for the platform """
    accepted: bool | Unset = UNSET
    """ Whether the suggestion is accepted """
    visible: bool | Unset = UNSET
    """ Whether the suggestion is visible """
    metadata: ProgramGroupSuggestionCreateMetadata | Unset = UNSET
    """ Additional suggestion metadata """
    department_mode: bool | Unset = UNSET
    """ Flag to ensure department admins can call the API """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        program_key = self.program_key

        group_id = self.group_id

        platform_org = self.platform_org

        accepted = self.accepted

        visible = self.visible

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        department_mode = self.department_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "program_key": program_key,
                "group_id": group_id,
            }
        )
        if platform_org is not UNSET:
            field_dict["platform_org"] = platform_org
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if visible is not UNSET:
            field_dict["visible"] = visible
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if department_mode is not UNSET:
            field_dict["department_mode"] = department_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_group_suggestion_create_metadata import (
            ProgramGroupSuggestionCreateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        program_key = d.pop("program_key")
        if not isinstance(program_key, str):
            raise FieldError("program_key", "a string", program_key)

        group_id = d.pop("group_id")
        if not isinstance(group_id, int) or group_id is True or group_id is False:
            raise FieldError("group_id", "an integer", group_id)

        platform_org = d.pop("platform_org", UNSET)
        if not isinstance(platform_org, (str, Unset)):
            raise FieldError("platform_org", "a string", platform_org)

        accepted = d.pop("accepted", UNSET)
        if not isinstance(accepted, (bool, Unset)):
            raise FieldError("accepted", "a boolean", accepted)

        visible = d.pop("visible", UNSET)
        if not isinstance(visible, (bool, Unset)):
            raise FieldError("visible", "a boolean", visible)

        _metadata = d.pop("metadata", UNSET)
        metadata: ProgramGroupSuggestionCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", ProgramGroupSuggestionCreateMetadata, _metadata)

        department_mode = d.pop("department_mode", UNSET)
        if not isinstance(department_mode, (bool, Unset)):
            raise FieldError("department_mode", "a boolean", department_mode)

        program_group_suggestion_create = cls(
            platform_key=platform_key,
            program_key=program_key,
            group_id=group_id,
            platform_org=platform_org,
            accepted=accepted,
            visible=visible,
            metadata=metadata,
            department_mode=department_mode,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_group_suggestion_create.additional_properties = additional_properties
        return program_group_suggestion_create

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
