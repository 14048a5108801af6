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

T = TypeVar("T", bound="PatchedMediaResource")


@_attrs_define
class PatchedMediaResource:
    id: int | Unset = UNSET
    title: str | Unset = UNSET
    """ Title of the media resource """
    description: None | str | Unset = UNSET
    """ Description of the media resource """
    media_type: MediaTypeEnum | Unset = UNSET
    """ * `video` - Video
    * `image` - Image
    * `document` - Document
    * `audio` - Audio
    * `other` - Other """
    item_type: MediaResourceItemTypeEnum | Unset = UNSET
    """ * `course` - Course
    * `unit` - Unit
    * `resource` - Resource
    * `course_unit` - Course and Unit
    * `course_resource` - Course and Resource
    * `unit_resource` - Unit and Resource
    * `all` - Course, Unit, and Resource """
    course_id: None | str | Unset = UNSET
    """ ID of the associated course """
    unit_id: None | str | Unset = UNSET
    """ ID of the associated unit """
    item_id: None | str | Unset = UNSET
    """ ID of the associated item (resource) """
    platform: int | Unset = UNSET
    """ The platform this media resource belongs to """
    file_url: None | str | Unset = UNSET
    """ External URL for the media resource """
    file: None | str | Unset = UNSET
    """ Uploaded media file """
    created_by: int | None | Unset = UNSET
    """ User who created this media resource """
    created_at: datetime.datetime | Unset = UNSET
    """ When this record was created """
    updated_at: datetime.datetime | Unset = UNSET
    """ When this record was last updated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        media_type: str | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = self.media_type

        item_type: str | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = self.item_type

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

        platform = self.platform

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

        created_by: int | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if file is not UNSET:
            field_dict["file"] = file
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        title = d.pop("title", UNSET)
        if not isinstance(title, (str, Unset)):
            raise FieldError("title", "a string", title)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        _media_type = d.pop("media_type", UNSET)
        media_type: MediaTypeEnum | Unset
        if isinstance(_media_type, Unset):
            media_type = UNSET
        else:
            media_type = check_media_type_enum(_media_type, "media_type")

        _item_type = d.pop("item_type", UNSET)
        item_type: MediaResourceItemTypeEnum | Unset
        if isinstance(_item_type, Unset):
            item_type = UNSET
        else:
            item_type = check_media_resource_item_type_enum(_item_type, "item_type")

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

        platform = d.pop("platform", UNSET)
        if not isinstance(platform, (int, Unset)) or platform is True or platform is False:
            raise FieldError("platform", "an integer", platform)

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

        def _parse_created_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("created_by", "an integer or null", data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime("created_at", _created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime("updated_at", _updated_at)

        patched_media_resource = cls(
            id=id,
            title=title,
            description=description,
            media_type=media_type,
            item_type=item_type,
            course_id=course_id,
            unit_id=unit_id,
            item_id=item_id,
            platform=platform,
            file_url=file_url,
            file=file,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_media_resource.additional_properties = additional_properties
        return patched_media_resource

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
