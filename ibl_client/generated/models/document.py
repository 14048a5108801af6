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

T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """Serializer for document objects"""

    id: int
    """ Document ID """
    document_name: str
    """ Name of the document """
    document_type: str
    """ Type of document (e.g., 'pdf', 'text') """
    access: str
    """ Access level of the document """
    training_status: str
    """ Training status of the document """
    date_created: datetime.datetime
    """ Date when the document was created """
    last_modified: datetime.datetime
    """ Date when the document was last modified """
    url: str
    """ URL to access the document """
    metadata: Any
    """ Additional metadata for the document """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_name = self.document_name

        document_type = self.document_type

        access = self.access

        training_status = self.training_status

        date_created = self.date_created.isoformat()

        last_modified = self.last_modified.isoformat()

        url = self.url

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "document_name": document_name,
                "document_type": document_type,
                "access": access,
                "training_status": training_status,
                "date_created": date_created,
                "last_modified": last_modified,
                "url": url,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        document_name = d.pop("document_name")
        if not isinstance(document_name, str):
            raise FieldError("document_name", "a string", document_name)

        document_type = d.pop("document_type")
        if not isinstance(document_type, str):
            raise FieldError("document_type", "a string", document_type)

        access = d.pop("access")
        if not isinstance(access, str):
            raise FieldError("access", "a string", access)

        training_status = d.pop("training_status")
        if not isinstance(training_status, str):
            raise FieldError("training_status", "a string", training_status)

        date_created = parse_datetime("date_created", d.pop("date_created"))

        last_modified = parse_datetime("last_modified", d.pop("last_modified"))

        url = d.pop("url")
        if not isinstance(url, str):
            raise FieldError("url", "a string", url)

        metadata = d.pop("metadata")

        document = cls(
            id=id,
            document_name=document_name,
            document_type=document_type,
            access=access,
            training_status=training_status,
            date_created=date_created,
            last_modified=last_modified,
            url=url,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        document.additional_properties = additional_properties
        return document

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
