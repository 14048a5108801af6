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
    from ..models.platform_skill_point_group_request_point_data import (
        PlatformSkillPointGroupRequestPointData,
    )


T = TypeVar("T", bound="PlatformSkillPointGroupRequest")


@_attrs_define
class PlatformSkillPointGroupRequest:
    """Request serializer for PlatformSkillPointGroupManagementView POST endpoint."""

    platform_key: str
    """ Platform key identifier """
    group_id: int
    """ ID of the user group to update """
    point_data: PlatformSkillPointGroupRequestPointData
    """ Dictionary mapping skill names to point values to apply to group """
    overwrite: bool | Unset = UNSET
    """ If True, removes all skills not in point_data. If False, only updates specified skills. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        group_id = self.group_id

        point_data = self.point_data.to_dict()

        overwrite = self.overwrite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "group_id": group_id,
                "point_data": point_data,
            }
        )
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_skill_point_group_request_point_data import (
            PlatformSkillPointGroupRequestPointData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        group_id = d.pop("group_id")
        if not isinstance(group_id, int) or group_id is True or group_id is False:
            raise FieldError("group_id", "an integer", group_id)

        point_data = nested(
            "point_data", PlatformSkillPointGroupRequestPointData, d.pop("point_data")
        )

        overwrite = d.pop("overwrite", UNSET)
        if not isinstance(overwrite, (bool, Unset)):
            raise FieldError("overwrite", "a boolean", overwrite)

        platform_skill_point_group_request = cls(
            platform_key=platform_key,
            group_id=group_id,
            point_data=point_data,
            overwrite=overwrite,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform_skill_point_group_request.additional_properties = additional_properties
        return platform_skill_point_group_request

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
