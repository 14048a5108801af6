from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPlatformLink")


@_attrs_define
class UserPlatformLink:
    user_id: int
    username: str
    email: str
    user_active: bool
    key: str
    org: str
    platform_name: str
    lms_url: str
    cms_url: str
    portal_url: str
    public: str
    is_enterprise: str
    show_paywall: bool
    is_admin: bool | Unset = UNSET
    is_staff: bool | Unset = UNSET
    added_on: datetime.datetime | None | Unset = UNSET
    expired_on: datetime.datetime | None | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        email = self.email

        user_active = self.user_active

        key = self.key

        org = self.org

        platform_name = self.platform_name

        lms_url = self.lms_url

        cms_url = self.cms_url

        portal_url = self.portal_url

        public = self.public

        is_enterprise = self.is_enterprise

        show_paywall = self.show_paywall

        is_admin = self.is_admin

        is_staff = self.is_staff

        added_on: None | str | Unset
        if isinstance(self.added_on, Unset):
            added_on = UNSET
        elif isinstance(self.added_on, datetime.datetime):
            added_on = self.added_on.isoformat()
        else:
            added_on = self.added_on

        expired_on: None | str | Unset
        if isinstance(self.expired_on, Unset):
            expired_on = UNSET
        elif isinstance(self.expired_on, datetime.datetime):
            expired_on = self.expired_on.isoformat()
        else:
            expired_on = self.expired_on

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "email": email,
                "user_active": user_active,
                "key": key,
                "org": org,
                "platform_name": platform_name,
                "lms_url": lms_url,
                "cms_url": cms_url,
                "portal_url": portal_url,
                "public": public,
                "is_enterprise": is_enterprise,
                "show_paywall": show_paywall,
            }
        )
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if is_staff is not UNSET:
            field_dict["is_staff"] = is_staff
        if added_on is not UNSET:
            field_dict["added_on"] = added_on
        if expired_on is not UNSET:
            field_dict["expired_on"] = expired_on
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        email = d.pop("email")
        if not isinstance(email, str):
            raise FieldError("email", "a string", email)

        user_active = d.pop("user_active")
        if not isinstance(user_active, bool):
            raise FieldError("user_active", "a boolean", user_active)

        key = d.pop("key")
        if not isinstance(key, str):
            raise FieldError("key", "a string", key)

        org = d.pop("org")
        if not isinstance(org, str):
            raise FieldError("org", "a string", org)

        platform_name = d.pop("platform_name")
        if not isinstance(platform_name, str):
            raise FieldError("platform_name", "a string", platform_name)

        lms_url = d.pop("lms_url")
        if not isinstance(lms_url, str):
            raise FieldError("lms_url", "a string", lms_url)

        cms_url = d.pop("cms_url")
        if not isinstance(cms_url, str):
            raise FieldError("cms_url", "a string", cms_url)

        portal_url = d.pop("portal_url")
        if not isinstance(portal_url, str):
            raise FieldError("portal_url", "a string", portal_url)

        public = d.pop("public")
        if not isinstance(public, str):
            raise FieldError("public", "a string", public)

        is_enterprise = d.pop("is_enterprise")
        if not isinstance(is_enterprise, str):
            raise FieldError("is_enterprise", "a string", is_enterprise)

        show_paywall = d.pop("show_paywall")
        if not isinstance(show_paywall, bool):
            raise FieldError("show_paywall", "a boolean", show_paywall)

        is_admin = d.pop("is_admin", UNSET)
        if not isinstance(is_admin, (bool, Unset)):
            raise FieldError("is_admin", "a boolean", is_admin)

        is_staff = d.pop("is_staff", UNSET)
        if not isinstance(is_staff, (bool, Unset)):
            raise FieldError("is_staff", "a boolean", is_staff)

        def _parse_added_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    added_on_type_0 = parse_datetime("added_on_type_0", data)

                    return added_on_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("added_on", member_error, "added_on_type_0"))
            if error is not None:
                raise error
            raise FieldError("added_on", "a date-time string or null", data)

        added_on = _parse_added_on(d.pop("added_on", UNSET))

        def _parse_expired_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    expired_on_type_0 = parse_datetime("expired_on_type_0", data)

                    return expired_on_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("expired_on", member_error, "expired_on_type_0"))
            if error is not None:
                raise error
            raise FieldError("expired_on", "a date-time string or null", data)

        expired_on = _parse_expired_on(d.pop("expired_on", UNSET))

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        user_platform_link = cls(
            user_id=user_id,
            username=username,
            email=email,
            user_active=user_active,
            key=key,
            org=org,
            platform_name=platform_name,
            lms_url=lms_url,
            cms_url=cms_url,
            portal_url=portal_url,
            public=public,
            is_enterprise=is_enterprise,
            show_paywall=show_paywall,
            is_admin=is_admin,
            is_staff=is_staff,
            added_on=added_on,
            expired_on=expired_on,
            active=active,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_platform_link.additional_properties = additional_properties
        return user_platform_link

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
