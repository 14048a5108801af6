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

T = TypeVar("T", bound="CourseEnrollmentSearchResponse")


@_attrs_define
class CourseEnrollmentSearchResponse:
    """Serializer for course enrollment search results."""

    user_id: int
    """ User ID associated with the enrollment """
    username: str
    """ Username associated with the enrollment """
    email: str
    """ Email of the user """
    course_id: str
    """ Course ID associated with the enrollment """
    active: bool
    """ Whether the enrollment is active """
    created: datetime.datetime
    """ Date when enrollment began/activated """
    started: datetime.datetime | None
    """ Date when enrollment started """
    ended: datetime.datetime | None
    """ Date when enrollment ended/deactivated """
    expired: datetime.datetime | None
    """ Date when enrollment expires """
    metadata: Any
    """ Enrollment specific metadata """
    name: None | str
    """ Full name of the user """
    course_name: str
    """ Name of the course """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        email = self.email

        course_id = self.course_id

        active = self.active

        created = self.created.isoformat()

        started: None | str
        if isinstance(self.started, datetime.datetime):
            started = self.started.isoformat()
        else:
            started = self.started

        ended: None | str
        if isinstance(self.ended, datetime.datetime):
            ended = self.ended.isoformat()
        else:
            ended = self.ended

        expired: None | str
        if isinstance(self.expired, datetime.datetime):
            expired = self.expired.isoformat()
        else:
            expired = self.expired

        metadata = self.metadata

        name: None | str
        name = self.name

        course_name = self.course_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "email": email,
                "course_id": course_id,
                "active": active,
                "created": created,
                "started": started,
                "ended": ended,
                "expired": expired,
                "metadata": metadata,
                "name": name,
                "course_name": course_name,
            }
        )

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

        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        active = d.pop("active")
        if not isinstance(active, bool):
            raise FieldError("active", "a boolean", active)

        created = parse_datetime("created", d.pop("created"))

        def _parse_started(data: object) -> datetime.datetime | None:
            if data is None:
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

        started = _parse_started(d.pop("started"))

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

        def _parse_expired(data: object) -> datetime.datetime | None:
            if data is None:
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

        expired = _parse_expired(d.pop("expired"))

        metadata = d.pop("metadata")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name"))

        course_name = d.pop("course_name")
        if not isinstance(course_name, str):
            raise FieldError("course_name", "a string", course_name)

        course_enrollment_search_response = cls(
            user_id=user_id,
            username=username,
            email=email,
            course_id=course_id,
            active=active,
            created=created,
            started=started,
            ended=ended,
            expired=expired,
            metadata=metadata,
            name=name,
            course_name=course_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_enrollment_search_response.additional_properties = additional_properties
        return course_enrollment_search_response

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
