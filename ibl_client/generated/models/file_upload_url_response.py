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
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUploadURLResponse")


@_attrs_define
class FileUploadURLResponse:
    """Response serializer for presigned upload URL"""

    upload_url: str
    """ Presigned S3 upload URL """
    file_key: str
    """ S3 object key for the uploaded file """
    file_id: UUID
    """ Unique identifier for the ChatFile record """
    expires_in: int
    """ URL expiration time in seconds """
    upload_method: str | Unset = UNSET
    """ HTTP method to use for upload (PUT or POST) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        file_key = self.file_key

        file_id = str(self.file_id)

        expires_in = self.expires_in

        upload_method = self.upload_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_url": upload_url,
                "file_key": file_key,
                "file_id": file_id,
                "expires_in": expires_in,
            }
        )
        if upload_method is not UNSET:
            field_dict["upload_method"] = upload_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_url = d.pop("upload_url")
        if not isinstance(upload_url, str):
            raise FieldError("upload_url", "a string", upload_url)

        file_key = d.pop("file_key")
        if not isinstance(file_key, str):
            raise FieldError("file_key", "a string", file_key)

        file_id = parse_uuid("file_id", d.pop("file_id"))

        expires_in = d.pop("expires_in")
        if not isinstance(expires_in, int) or expires_in is True or expires_in is False:
            raise FieldError("expires_in", "an integer", expires_in)

        upload_method = d.pop("upload_method", UNSET)
        if not isinstance(upload_method, (str, Unset)):
            raise FieldError("upload_method", "a string", upload_method)

        file_upload_url_response = cls(
            upload_url=upload_url,
            file_key=file_key,
            file_id=file_id,
            expires_in=expires_in,
            upload_method=upload_method,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        file_upload_url_response.additional_properties = additional_properties
        return file_upload_url_response

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
