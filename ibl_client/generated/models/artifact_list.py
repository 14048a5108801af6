from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_datetime,
    parse_uuid,
    within,
)

T = TypeVar("T", bound="ArtifactList")


@_attrs_define
class ArtifactList:
    """Lightweight serializer for listing artifacts.

    This serializer is optimized for list views, excluding the potentially large content field and including useful
    computed fields.

    Fields:
    - id: Unique identifier for the artifact
    - title: Title or identifier for the artifact
    - file_extension: The extension of the file
    - llm_name: Name of the LLM that generated the artifact
    - llm_provider: Provider of the LLM
    - date_created: Timestamp when the artifact was created
    - date_updated: Timestamp when the artifact was last updated
    - username: Username of the student who owns the artifact
    - session_id: UUID of the session that generated the artifact
    - content_length: Length of the content in characters

    """

    id: int
    title: str
    """ Title or identifier for the artifact """
    file_extension: str
    """ The extension of the file for the artifact. eg. `py`, `md`, `html`, `json`, `csv`, etc """
    llm_name: str
    llm_provider: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    username: str
    """ Username of the student who owns this artifact """
    session_id: None | UUID
    content_length: int
    """ Length of the artifact content in characters """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        file_extension = self.file_extension

        llm_name = self.llm_name

        llm_provider = self.llm_provider

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        username = self.username

        session_id: None | str
        if isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        content_length = self.content_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "file_extension": file_extension,
                "llm_name": llm_name,
                "llm_provider": llm_provider,
                "date_created": date_created,
                "date_updated": date_updated,
                "username": username,
                "session_id": session_id,
                "content_length": content_length,
            }
        )

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

        file_extension = d.pop("file_extension")
        if not isinstance(file_extension, str):
            raise FieldError("file_extension", "a string", file_extension)

        llm_name = d.pop("llm_name")
        if not isinstance(llm_name, str):
            raise FieldError("llm_name", "a string", llm_name)

        llm_provider = d.pop("llm_provider")
        if not isinstance(llm_provider, str):
            raise FieldError("llm_provider", "a string", llm_provider)

        date_created = parse_datetime("date_created", d.pop("date_created"))

        date_updated = parse_datetime("date_updated", d.pop("date_updated"))

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        def _parse_session_id(data: object) -> None | UUID:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    session_id_type_0 = parse_uuid("session_id_type_0", data)

                    return session_id_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("session_id", member_error, "session_id_type_0"))
            if error is not None:
                raise error
            raise FieldError("session_id", "UUID or null", data)

        session_id = _parse_session_id(d.pop("session_id"))

        content_length = d.pop("content_length")
        if not isinstance(content_length, int) or content_length is True or content_length is False:
            raise FieldError("content_length", "an integer", content_length)

        artifact_list = cls(
            id=id,
            title=title,
            file_extension=file_extension,
            llm_name=llm_name,
            llm_provider=llm_provider,
            date_created=date_created,
            date_updated=date_updated,
            username=username,
            session_id=session_id,
            content_length=content_length,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        artifact_list.additional_properties = additional_properties
        return artifact_list

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
