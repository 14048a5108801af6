from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LauncherViewPostRequest")


@_attrs_define
class LauncherViewPostRequest:
    user_id: int
    key: str
    name: str | Unset = UNSET
    org: str | Unset = UNSET
    lms_url: str | Unset = UNSET
    cms_url: str | Unset = UNSET
    portal_url: str | Unset = UNSET
    use_default_hosts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        key = self.key

        name = self.name

        org = self.org

        lms_url = self.lms_url

        cms_url = self.cms_url

        portal_url = self.portal_url

        use_default_hosts = self.use_default_hosts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
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
        if use_default_hosts is not UNSET:
            field_dict["use_default_hosts"] = use_default_hosts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        key = d.pop("key")
        if not isinstance(key, str):
            raise FieldError("key", "a string", key)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        org = d.pop("org", UNSET)
        if not isinstance(org, (str, Unset)):
            raise FieldError("org", "a string", org)

        lms_url = d.pop("lms_url", UNSET)
        if not isinstance(lms_url, (str, Unset)):
            raise FieldError("lms_url", "a string", lms_url)

        cms_url = d.pop("cms_url", UNSET)
        if not isinstance(cms_url, (str, Unset)):
            raise FieldError("cms_url", "a string", cms_url)

        portal_url = d.pop("portal_url", UNSET)
        if not isinstance(portal_url, (str, Unset)):
            raise FieldError("portal_url", "a string", portal_url)

        use_default_hosts = d.pop("use_default_hosts", UNSET)
        if not isinstance(use_default_hosts, (bool, Unset)):
            raise FieldError("use_default_hosts", "a boolean", use_default_hosts)

        launcher_view_post_request = cls(
            user_id=user_id,
            key=key,
            name=name,
            org=org,
            lms_url=lms_url,
            cms_url=cms_url,
            portal_url=portal_url,
            use_default_hosts=use_default_hosts,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        launcher_view_post_request.additional_properties = additional_properties
        return launcher_view_post_request

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
