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

T = TypeVar("T", bound="ProgramEnrollment")


@_attrs_define
class ProgramEnrollment:
    ended: datetime.datetime | None
    """ Date when enrollment ended/deactivated """
    user_id: int | Unset = UNSET
    username: str | Unset = UNSET
    program_id: str | Unset = UNSET
    program_key: str | Unset = UNSET
    platform_key: str | Unset = UNSET
    org: str | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    """ Date when enrollment began/activated """
    started: datetime.datetime | None | Unset = UNSET
    """ Date when enrollment started """
    expired: datetime.datetime | None | Unset = UNSET
    """ Date when enrollment expires (null, if not expiring) """
    active: bool | Unset = UNSET
    """ Whether the enrollment is active """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ended: None | str
        if isinstance(self.ended, datetime.datetime):
            ended = self.ended.isoformat()
        else:
            ended = self.ended

        user_id = self.user_id

        username = self.username

        program_id = self.program_id

        program_key = self.program_key

        platform_key = self.platform_key

        org = self.org

        name = self.name

        slug = self.slug

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        started: None | str | Unset
        if isinstance(self.started, Unset):
            started = UNSET
        elif isinstance(self.started, datetime.datetime):
            started = self.started.isoformat()
        else:
            started = self.started

        expired: None | str | Unset
        if isinstance(self.expired, Unset):
            expired = UNSET
        elif isinstance(self.expired, datetime.datetime):
            expired = self.expired.isoformat()
        else:
            expired = self.expired

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ended": ended,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if program_id is not UNSET:
            field_dict["program_id"] = program_id
        if program_key is not UNSET:
            field_dict["program_key"] = program_key
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if org is not UNSET:
            field_dict["org"] = org
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if created is not UNSET:
            field_dict["created"] = created
        if started is not UNSET:
            field_dict["started"] = started
        if expired is not UNSET:
            field_dict["expired"] = expired
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_ended(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    ended_type_0 = parse_datetime("ended_type_0", data)

                    return ended_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("ended", member_error, "ended_type_0"))
            if error is not None:
                raise error
            raise FieldError("ended", "a date-time string or null", data)

        ended = _parse_ended(d.pop("ended"))

        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, (int, Unset)) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        program_id = d.pop("program_id", UNSET)
        if not isinstance(program_id, (str, Unset)):
            raise FieldError("program_id", "a string", program_id)

        program_key = d.pop("program_key", UNSET)
        if not isinstance(program_key, (str, Unset)):
            raise FieldError("program_key", "a string", program_key)

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        org = d.pop("org", UNSET)
        if not isinstance(org, (str, Unset)):
            raise FieldError("org", "a string", org)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        slug = d.pop("slug", UNSET)
        if not isinstance(slug, (str, Unset)):
            raise FieldError("slug", "a string", slug)

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    created_type_0 = parse_datetime("created_type_0", data)

                    return created_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("created", member_error, "created_type_0"))
            if error is not None:
                raise error
            raise FieldError("created", "a date-time string or null", data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_started(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    started_type_0 = parse_datetime("started_type_0", data)

                    return started_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("started", member_error, "started_type_0"))
            if error is not None:
                raise error
            raise FieldError("started", "a date-time string or null", data)

        started = _parse_started(d.pop("started", UNSET))

        def _parse_expired(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    expired_type_0 = parse_datetime("expired_type_0", data)

                    return expired_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("expired", member_error, "expired_type_0"))
            if error is not None:
                raise error
            raise FieldError("expired", "a date-time string or null", data)

        expired = _parse_expired(d.pop("expired", UNSET))

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        program_enrollment = cls(
            ended=ended,
            user_id=user_id,
            username=username,
            program_id=program_id,
            program_key=program_key,
            platform_key=platform_key,
            org=org,
            name=name,
            slug=slug,
            created=created,
            started=started,
            expired=expired,
            active=active,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_enrollment.additional_properties = additional_properties
        return program_enrollment

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
