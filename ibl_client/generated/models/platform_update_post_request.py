from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformUpdatePostRequest")


@_attrs_define
class PlatformUpdatePostRequest:
    user_id: int
    key: str
    new_key: str | Unset = UNSET
    name: str | Unset = UNSET
    lms_url: str | Unset = UNSET
    cms_url: str | Unset = UNSET
    portal_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        key = self.key

        new_key = self.new_key

        name = self.name

        lms_url = self.lms_url

        cms_url = self.cms_url

        portal_url = self.portal_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "key": key,
            }
        )
        if new_key is not UNSET:
            field_dict["new_key"] = new_key
        if name is not UNSET:
            field_dict["name"] = name
        if lms_url is not UNSET:
            field_dict["lms_url"] = lms_url
        if cms_url is not UNSET:
            field_dict["cms_url"] = cms_url
        if portal_url is not UNSET:
            field_dict["portal_url"] = portal_url

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

        new_key = d.pop("new_key", UNSET)
        if not isinstance(new_key, (str, Unset)):
            raise FieldError("new_key", "a string", new_key)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        lms_url = d.pop("lms_url", UNSET)
        if not isinstance(lms_url, (str, Unset)):
            raise FieldError("lms_url", "a string", lms_url)

        cms_url = d.pop("cms_url", UNSET)
        if not isinstance(cms_url, (str, Unset)):
            raise FieldError("cms_url", "a string", cms_url)

        portal_url = d.pop("portal_url", UNSET)
        if not isinstance(portal_url, (str, Unset)):
            raise FieldError("portal_url", "a string", portal_url)

        platform_update_post_request = cls(
            user_id=user_id,
            key=key,
            new_key=new_key,
            name=name,
            lms_url=lms_url,
            cms_url=cms_url,
            portal_url=portal_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform_update_post_request.additional_properties = additional_properties
        return platform_update_post_request

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
