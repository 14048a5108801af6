from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantLaunchResponse")


@_attrs_define
class TenantLaunchResponse:
    """Launch process completed successfully"""

    message: Any
    org: str
    lms_url: str
    cms_url: str
    portal_url: str
    edx_role: str
    success: bool | Unset = UNSET
    data: Any | Unset = UNSET
    id: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        org = self.org

        lms_url = self.lms_url

        cms_url = self.cms_url

        portal_url = self.portal_url

        edx_role = self.edx_role

        success = self.success

        data = self.data

        id = self.id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "org": org,
                "lms_url": lms_url,
                "cms_url": cms_url,
                "portal_url": portal_url,
                "edx_role": edx_role,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        org = d.pop("org")
        if not isinstance(org, str):
            raise FieldError("org", "a string", org)

        lms_url = d.pop("lms_url")
        if not isinstance(lms_url, str):
            raise FieldError("lms_url", "a string", lms_url)

        cms_url = d.pop("cms_url")
        if not isinstance(cms_url, str):
            raise FieldError("cms_url", "a string", cms_url)

        portal_url = d.pop("portal_url")
        if not isinstance(portal_url, str):
            raise FieldError("portal_url", "a string", portal_url)

        edx_role = d.pop("edx_role")
        if not isinstance(edx_role, str):
            raise FieldError("edx_role", "a string", edx_role)

        success = d.pop("success", UNSET)
        if not isinstance(success, (bool, Unset)):
            raise FieldError("success", "a boolean", success)

        data = d.pop("data", UNSET)

        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise FieldError("id", "a string", id)

        timestamp = d.pop("timestamp", UNSET)
        if not isinstance(timestamp, (str, Unset)):
            raise FieldError("timestamp", "a string", timestamp)

        tenant_launch_response = cls(
            message=message,
            org=org,
            lms_url=lms_url,
            cms_url=cms_url,
            portal_url=portal_url,
            edx_role=edx_role,
            success=success,
            data=data,
            id=id,
            timestamp=timestamp,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        tenant_launch_response.additional_properties = additional_properties
        return tenant_launch_response

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
