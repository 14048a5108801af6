from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.platform_list_status_enum import (
    PlatformListStatusEnum,
    check_platform_list_status_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformList")


@_attrs_define
class PlatformList:
    key: str
    """ The platform key """
    name: None | str | Unset = UNSET
    """ The name of the platform """
    org: None | str | Unset = UNSET
    """ The associated edX org code """
    lms_url: None | str | Unset = UNSET
    """ The LMS URL for the platform """
    cms_url: None | str | Unset = UNSET
    """ The CMS URL for the platform """
    portal_url: None | str | Unset = UNSET
    """ The portal URL for the platform """
    status: PlatformListStatusEnum | Unset = UNSET
    """ * `-2` - FAILED
    * `-1` - TERMINATED
    * `0` - PENDING
    * `1` - BUILDING
    * `2` - RUNNING
    * `3` - PAUSED
    * `4` - STOPPING
    * `5` - STOPPED
    * `6` - REPAIR """
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        org: None | str | Unset
        if isinstance(self.org, Unset):
            org = UNSET
        else:
            org = self.org

        lms_url: None | str | Unset
        if isinstance(self.lms_url, Unset):
            lms_url = UNSET
        else:
            lms_url = self.lms_url

        cms_url: None | str | Unset
        if isinstance(self.cms_url, Unset):
            cms_url = UNSET
        else:
            cms_url = self.cms_url

        portal_url: None | str | Unset
        if isinstance(self.portal_url, Unset):
            portal_url = UNSET
        else:
            portal_url = self.portal_url

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if org is not UNSET:
            field_dict["org"] = org
        if lms_url is not UNSET:
            field_dict["lms_url"] = lms_url
        if cms_url is not UNSET:
            field_dict["cms_url"] = cms_url
        if portal_url is not UNSET:
            field_dict["portal_url"] = portal_url
        if status is not UNSET:
            field_dict["status"] = status
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")
        if not isinstance(key, str):
            raise FieldError("key", "a string", key)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_org(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("org", "a string or null", data)

        org = _parse_org(d.pop("org", UNSET))

        def _parse_lms_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("lms_url", "a string or null", data)

        lms_url = _parse_lms_url(d.pop("lms_url", UNSET))

        def _parse_cms_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("cms_url", "a string or null", data)

        cms_url = _parse_cms_url(d.pop("cms_url", UNSET))

        def _parse_portal_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("portal_url", "a string or null", data)

        portal_url = _parse_portal_url(d.pop("portal_url", UNSET))

        _status = d.pop("status", UNSET)
        status: PlatformListStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_platform_list_status_enum(_status, "status")

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        platform_list = cls(
            key=key,
            name=name,
            org=org,
            lms_url=lms_url,
            cms_url=cms_url,
            portal_url=portal_url,
            status=status,
            active=active,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform_list.additional_properties = additional_properties
        return platform_list

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
