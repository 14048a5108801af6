from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
)
from ..models.media_resource_item_type_enum import (
    MediaResourceItemTypeEnum,
    check_media_resource_item_type_enum,
)
from ..models.media_type_enum import MediaTypeEnum, check_media_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaResource")


@_attrs_define
class MediaResource:
    id: int
    title: str
    """ Title of the media resource """
    media_type: MediaTypeEnum
    """ * `video` - Video
    * `image` - Image
    * `document` - Document
    * `audio` - Audio
    * `other` - Other """
    item_type: MediaResourceItemTypeEnum
    """ * `course` - Course
    * `unit` - Unit
    * `resource` - Resource
    * `course_unit` - Course and Unit
    * `course_resource` - Course and Resource
    * `unit_resource` - Unit and Resource
    * `all` - Course, Unit, and Resource """
    platform: int
    """ The platform this media resource belongs to """
    created_by: int | None
    """ User who created this media resource """
    created_at: datetime.datetime
    """ When this record was created """
    updated_at: datetime.datetime
    """ When this record was last updated """
    description: None | str | Unset = UNSET
    """ Description of the media resource """
    course_id: None | str | Unset = UNSET
    """ ID of the associated course """
    unit_id: None | str | Unset = UNSET
    """ ID of the associated unit """
    item_id: None | str | Unset = UNSET
    """ ID of the associated item (resource) """
    file_url: None | str | Unset = UNSET
    """ External URL for the media resource """
    file: None | str | Unset = UNSET
    """ Uploaded media file """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        media_type: str = self.media_type

        item_type: str = self.item_type

        platform = self.platform

        created_by: int | None
        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        course_id: None | str | Unset
        if isinstance(self.course_id, Unset):
            course_id = UNSET
        else:
            course_id = self.course_id

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        else:
            unit_id = self.unit_id

        item_id: None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        file_url: None | str | Unset
        if isinstance(self.file_url, Unset):
            file_url = UNSET
        else:
            file_url = self.file_url

        file: None | str | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        else:
            file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "media_type": media_type,
                "item_type": item_type,
                "platform": platform,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        title = d.pop("title")
        if not isinstance(title, str):
            raise FieldError("title", "a string", title)

        media_type = check_media_type_enum(d.pop("media_type"), "media_type")

        item_type = check_media_resource_item_type_enum(d.pop("item_type"), "item_type")

        platform = d.pop("platform")
        if not isinstance(platform, int) or platform is True or platform is False:
            raise FieldError("platform", "an integer", platform)

        def _parse_created_by(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("created_by", "an integer or null", data)

        created_by = _parse_created_by(d.pop("created_by"))

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_course_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("course_id", "a string or null", data)

        course_id = _parse_course_id(d.pop("course_id", UNSET))

        def _parse_unit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("unit_id", "a string or null", data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        def _parse_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("item_id", "a string or null", data)

        item_id = _parse_item_id(d.pop("item_id", UNSET))

        def _parse_file_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("file_url", "a string or null", data)

        file_url = _parse_file_url(d.pop("file_url", UNSET))

        def _parse_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("file", "a string or null", data)

        file = _parse_file(d.pop("file", UNSET))

        media_resource = cls(
            id=id,
            title=title,
            media_type=media_type,
            item_type=item_type,
            platform=platform,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            course_id=course_id,
            unit_id=unit_id,
            item_id=item_id,
            file_url=file_url,
            file=file,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        media_resource.additional_properties = additional_properties
        return media_resource

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
