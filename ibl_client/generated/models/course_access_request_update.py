from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseAccessRequestUpdate")


@_attrs_define
class CourseAccessRequestUpdate:
    """Request serializer for CourseLicenseAccessRequestManagementView POST endpoint"""

    request_id: int
    """ The ID of the access request to update """
    platform_key: str | Unset = UNSET
    """ The unique identifier for the platform """
    platform_org: str | Unset = UNSET
    """ The organization identifier for the platform """
    approved: bool | Unset = UNSET
    """ Whether to approve the request """
    active: bool | Unset = UNSET
    """ Whether the request should remain active """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        platform_key = self.platform_key

        platform_org = self.platform_org

        approved = self.approved

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
            }
        )
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if platform_org is not UNSET:
            field_dict["platform_org"] = platform_org
        if approved is not UNSET:
            field_dict["approved"] = approved
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")
        if not isinstance(request_id, int) or request_id is True or request_id is False:
            raise FieldError("request_id", "an integer", request_id)

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        platform_org = d.pop("platform_org", UNSET)
        if not isinstance(platform_org, (str, Unset)):
            raise FieldError("platform_org", "a string", platform_org)

        approved = d.pop("approved", UNSET)
        if not isinstance(approved, (bool, Unset)):
            raise FieldError("approved", "a boolean", approved)

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        course_access_request_update = cls(
            request_id=request_id,
            platform_key=platform_key,
            platform_org=platform_org,
            approved=approved,
            active=active,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_access_request_update.additional_properties = additional_properties
        return course_access_request_update

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
