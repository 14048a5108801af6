from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_license_detail_metadata import CourseLicenseDetailMetadata


T = TypeVar("T", bound="CourseLicenseDetail")


@_attrs_define
class CourseLicenseDetail:
    """Response serializer for course license details"""

    id: int
    """ The unique identifier for the license """
    created: datetime.datetime
    """ When the license was created """
    started: datetime.datetime
    """ When the license becomes active """
    expired: datetime.datetime | None
    """ When the license expires """
    name: str
    """ The display name of the license """
    count: int
    """ The number of seats purchased """
    active: bool
    """ Whether the license is active """
    metadata: CourseLicenseDetailMetadata
    """ Additional license metadata """
    source: str
    """ The source identifier for the license """
    external_id: None | str
    """ External identifier for the license """
    platform_key: str
    """ The platform key associated with the license """
    course_id: str
    """ The course ID associated with the license """
    usage_count: int | Unset = UNSET
    """ The number of seats purchased """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        started = self.started.isoformat()

        expired: None | str
        if isinstance(self.expired, datetime.datetime):
            expired = self.expired.isoformat()
        else:
            expired = self.expired

        name = self.name

        count = self.count

        active = self.active

        metadata = self.metadata.to_dict()

        source = self.source

        external_id: None | str
        external_id = self.external_id

        platform_key = self.platform_key

        course_id = self.course_id

        usage_count = self.usage_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "started": started,
                "expired": expired,
                "name": name,
                "count": count,
                "active": active,
                "metadata": metadata,
                "source": source,
                "external_id": external_id,
                "platform_key": platform_key,
                "course_id": course_id,
            }
        )
        if usage_count is not UNSET:
            field_dict["usage_count"] = usage_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_license_detail_metadata import CourseLicenseDetailMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        created = parse_datetime("created", d.pop("created"))

        started = parse_datetime("started", d.pop("started"))

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

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise FieldError("count", "an integer", count)

        active = d.pop("active")
        if not isinstance(active, bool):
            raise FieldError("active", "a boolean", active)

        metadata = nested("metadata", CourseLicenseDetailMetadata, d.pop("metadata"))

        source = d.pop("source")
        if not isinstance(source, str):
            raise FieldError("source", "a string", source)

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("external_id", "a string or null", data)

        external_id = _parse_external_id(d.pop("external_id"))

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        usage_count = d.pop("usage_count", UNSET)
        if not isinstance(usage_count, (int, Unset)) or usage_count is True or usage_count is False:
            raise FieldError("usage_count", "an integer", usage_count)

        course_license_detail = cls(
            id=id,
            created=created,
            started=started,
            expired=expired,
            name=name,
            count=count,
            active=active,
            metadata=metadata,
            source=source,
            external_id=external_id,
            platform_key=platform_key,
            course_id=course_id,
            usage_count=usage_count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_license_detail.additional_properties = additional_properties
        return course_license_detail

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
