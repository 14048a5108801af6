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
    from ..models.pathway_group_suggestion_create_metadata import (
        PathwayGroupSuggestionCreateMetadata,
    )


T = TypeVar("T", bound="PathwayGroupSuggestionCreate")


@_attrs_define
class PathwayGroupSuggestionCreate:
    """Request serializer for PathwayGroupSuggestionManagementView POST endpoint"""

    platform_key: str
    """ The platform for the group suggestion """
    pathway_uuid: str
    """ The pathway UUID to suggest """
    group_id: int
    """ The group to suggest the pathway to """
    platform_org: str | Unset = UNSET
    """ The organization identifier for the platform """
    accepted: bool | Unset = UNSET
    """ Whether the suggestion is accepted """
    visible: bool | Unset = UNSET
    """ Whether the suggestion is visible """
    metadata: PathwayGroupSuggestionCreateMetadata | Unset = UNSET
    """ Additional suggestion metadata """
    suggested_by: str | Unset = UNSET
    """ The user who suggested the group """
    department_mode: bool | Unset = UNSET
    """ Flag to ensure department admins can call the API """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        pathway_uuid = self.pathway_uuid

        group_id = self.group_id

        platform_org = self.platform_org

        accepted = self.accepted

        visible = self.visible

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        suggested_by = self.suggested_by

        department_mode = self.department_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "pathway_uuid": pathway_uuid,
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
        if suggested_by is not UNSET:
            field_dict["suggested_by"] = suggested_by
        if department_mode is not UNSET:
            field_dict["department_mode"] = department_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pathway_group_suggestion_create_metadata import (
            PathwayGroupSuggestionCreateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        pathway_uuid = d.pop("pathway_uuid")
        if not isinstance(pathway_uuid, str):
            raise FieldError("pathway_uuid", "a string", pathway_uuid)

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
        metadata: PathwayGroupSuggestionCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", PathwayGroupSuggestionCreateMetadata, _metadata)

        suggested_by = d.pop("suggested_by", UNSET)
        if not isinstance(suggested_by, (str, Unset)):
            raise FieldError("suggested_by", "a string", suggested_by)

        department_mode = d.pop("department_mode", UNSET)
        if not isinstance(department_mode, (bool, Unset)):
            raise FieldError("department_mode", "a boolean", department_mode)

        pathway_group_suggestion_create = cls(
            platform_key=platform_key,
            pathway_uuid=pathway_uuid,
            group_id=group_id,
            platform_org=platform_org,
            accepted=accepted,
            visible=visible,
            metadata=metadata,
            suggested_by=suggested_by,
            department_mode=department_mode,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pathway_group_suggestion_create.additional_properties = additional_properties
        return pathway_group_suggestion_create

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
