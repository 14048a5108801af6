from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_uuid,
)

T = TypeVar("T", bound="FileUploadURLRequest")


@_attrs_define
class FileUploadURLRequest:
    """Request serializer for generating presigned upload URL"""

    session_id: UUID
    """ Chat session ID """
    file_name: str
    """ Original filename """
    content_type: str
    """ MIME type of the file """
    file_size: int
    """ File size in bytes """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = str(self.session_id)

        file_name = self.file_name

        content_type = self.content_type

        file_size = self.file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "file_name": file_name,
                "content_type": content_type,
                "file_size": file_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = parse_uuid("session_id", d.pop("session_id"))

        file_name = d.pop("file_name")
        if not isinstance(file_name, str):
            raise FieldError("file_name", "a string", file_name)

        content_type = d.pop("content_type")
        if not isinstance(content_type, str):
            raise FieldError("content_type", "a string", content_type)

        file_size = d.pop("file_size")
        if not isinstance(file_size, int) or file_size is True or file_size is False:
            raise FieldError("file_size", "an integer", file_size)

        file_upload_url_request = cls(
            session_id=session_id,
            file_name=file_name,
            content_type=content_type,
            file_size=file_size,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        file_upload_url_request.additional_properties = additional_properties
        return file_upload_url_request

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
