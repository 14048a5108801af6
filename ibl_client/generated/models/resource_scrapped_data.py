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
from ..models.blank_enum import BlankEnum, check_blank_enum
from ..models.resource_scrapped_data_status_enum import (
    ResourceScrappedDataStatusEnum,
    check_resource_scrapped_data_status_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceScrappedData")


@_attrs_define
class ResourceScrappedData:
    id: int
    date_created: datetime.datetime | None
    last_modified: datetime.datetime | None
    resource: int
    status: BlankEnum | None | ResourceScrappedDataStatusEnum | Unset = UNSET
    content: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    extra_data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date_created: None | str
        if isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        last_modified: None | str
        if isinstance(self.last_modified, datetime.datetime):
            last_modified = self.last_modified.isoformat()
        else:
            last_modified = self.last_modified

        resource = self.resource

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        extra_data = self.extra_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "date_created": date_created,
                "last_modified": last_modified,
                "resource": resource,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if content is not UNSET:
            field_dict["content"] = content
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if extra_data is not UNSET:
            field_dict["extra_data"] = extra_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        def _parse_date_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    date_created_type_0 = parse_datetime("date_created_type_0", data)

                    return date_created_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("date_created", member_error, "date_created_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("date_created", "a date-time string or null", data)

        date_created = _parse_date_created(d.pop("date_created"))

        def _parse_last_modified(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    last_modified_type_0 = parse_datetime("last_modified_type_0", data)

                    return last_modified_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("last_modified", member_error, "last_modified_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("last_modified", "a date-time string or null", data)

        last_modified = _parse_last_modified(d.pop("last_modified"))

        resource = d.pop("resource")
        if not isinstance(resource, int) or resource is True or resource is False:
            raise FieldError("resource", "an integer", resource)

        def _parse_status(
            data: object,
        ) -> BlankEnum | None | ResourceScrappedDataStatusEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                return check_resource_scrapped_data_status_enum(data, "status", known_only=True)
            except PARSE_ERRORS:
                pass
            try:
                return check_blank_enum(data, "status", known_only=True)
            except PARSE_ERRORS:
                pass
            if isinstance(data, str):
                return check_resource_scrapped_data_status_enum(data, "status")
            raise FieldError(
                "status", "one of ResourceScrappedDataStatusEnum or one of BlankEnum or null", data
            )

        status = _parse_status(d.pop("status", UNSET))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("content", "a string or null", data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("content_type", "a string or null", data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        extra_data = d.pop("extra_data", UNSET)

        resource_scrapped_data = cls(
            id=id,
            date_created=date_created,
            last_modified=last_modified,
            resource=resource,
            status=status,
            content=content,
            content_type=content_type,
            extra_data=extra_data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        resource_scrapped_data.additional_properties = additional_properties
        return resource_scrapped_data

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
