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
from ..models.access_enum import AccessEnum, check_access_enum
from ..models.blank_enum import BlankEnum, check_blank_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="OfflineDocument")


@_attrs_define
class OfflineDocument:
    """Serializes documents for offline use.

    Returns documents with S3 URLs that can be downloaded for offline use.

    """

    id: int
    last_trained_at: datetime.datetime | None
    document_name: None | str | Unset = UNSET
    document_type: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    tokens: int | None | Unset = UNSET
    is_trained: bool | Unset = UNSET
    access: AccessEnum | BlankEnum | None | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        last_trained_at: None | str
        if isinstance(self.last_trained_at, datetime.datetime):
            last_trained_at = self.last_trained_at.isoformat()
        else:
            last_trained_at = self.last_trained_at

        document_name: None | str | Unset
        if isinstance(self.document_name, Unset):
            document_name = UNSET
        else:
            document_name = self.document_name

        document_type: None | str | Unset
        if isinstance(self.document_type, Unset):
            document_type = UNSET
        else:
            document_type = self.document_type

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        tokens: int | None | Unset
        if isinstance(self.tokens, Unset):
            tokens = UNSET
        else:
            tokens = self.tokens

        is_trained = self.is_trained

        access: None | str | Unset
        if isinstance(self.access, Unset):
            access = UNSET
        elif isinstance(self.access, str):
            access = self.access
        elif isinstance(self.access, str):
            access = self.access
        else:
            access = self.access

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "last_trained_at": last_trained_at,
            }
        )
        if document_name is not UNSET:
            field_dict["document_name"] = document_name
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if url is not UNSET:
            field_dict["url"] = url
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if is_trained is not UNSET:
            field_dict["is_trained"] = is_trained
        if access is not UNSET:
            field_dict["access"] = access
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        def _parse_last_trained_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    last_trained_at_type_0 = parse_datetime("last_trained_at_type_0", data)

                    return last_trained_at_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("last_trained_at", member_error, "last_trained_at_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("last_trained_at", "a date-time string or null", data)

        last_trained_at = _parse_last_trained_at(d.pop("last_trained_at"))

        def _parse_document_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("document_name", "a string or null", data)

        document_name = _parse_document_name(d.pop("document_name", UNSET))

        def _parse_document_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("document_type", "a string or null", data)

        document_type = _parse_document_type(d.pop("document_type", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("url", "a string or null", data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("tokens", "an integer or null", data)

        tokens = _parse_tokens(d.pop("tokens", UNSET))

        is_trained = d.pop("is_trained", UNSET)
        if not isinstance(is_trained, (bool, Unset)):
            raise FieldError("is_trained", "a boolean", is_trained)

        def _parse_access(data: object) -> AccessEnum | BlankEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                return check_access_enum(data, "access", known_only=True)
            except PARSE_ERRORS:
                pass
            try:
                return check_blank_enum(data, "access", known_only=True)
            except PARSE_ERRORS:
                pass
            if isinstance(data, str):
                return check_access_enum(data, "access")
            raise FieldError("access", "one of AccessEnum or one of BlankEnum or null", data)

        access = _parse_access(d.pop("access", UNSET))

        metadata = d.pop("metadata", UNSET)

        offline_document = cls(
            id=id,
            last_trained_at=last_trained_at,
            document_name=document_name,
            document_type=document_type,
            url=url,
            tokens=tokens,
            is_trained=is_trained,
            access=access,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        offline_document.additional_properties = additional_properties
        return offline_document

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
