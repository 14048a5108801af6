from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Platform")


@_attrs_define
class Platform:
    """Note: Create and update operations deprecated."""

    key: str
    """ The platform key """
    is_enterprise: str
    show_paywall: bool
    """ If True, billing status/credit checks are enforced for this platform's users """
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
    is_advertising: bool | Unset = UNSET
    """ Advertising mode allows a platform to set custom usd balance to allocate for its members """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        is_enterprise = self.is_enterprise

        show_paywall = self.show_paywall

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

        is_advertising = self.is_advertising

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "is_enterprise": is_enterprise,
                "show_paywall": show_paywall,
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
        if is_advertising is not UNSET:
            field_dict["is_advertising"] = is_advertising

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")
        if not isinstance(key, str):
            raise FieldError("key", "a string", key)

        is_enterprise = d.pop("is_enterprise")
        if not isinstance(is_enterprise, str):
            raise FieldError("is_enterprise", "a string", is_enterprise)

        show_paywall = d.pop("show_paywall")
        if not isinstance(show_paywall, bool):
            raise FieldError("show_paywall", "a boolean", show_paywall)

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

        is_advertising = d.pop("is_advertising", UNSET)
        if not isinstance(is_advertising, (bool, Unset)):
            raise FieldError("is_advertising", "a boolean", is_advertising)

        platform = cls(
            key=key,
            is_enterprise=is_enterprise,
            show_paywall=show_paywall,
            name=name,
            org=org,
            lms_url=lms_url,
            cms_url=cms_url,
            portal_url=portal_url,
            is_advertising=is_advertising,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform.additional_properties = additional_properties
        return platform

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
