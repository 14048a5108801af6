from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        file_extension = d.pop("file_extension")
        if not isinstance(file_extension, str):
            raise TypeError(
                f"file_extension: expected a string, got {type(file_extension).__name__}"
            )

        llm_name = d.pop("llm_name")
        if not isinstance(llm_name, str):
            raise TypeError(f"llm_name: expected a string, got {type(llm_name).__name__}")

        llm_provider = d.pop("llm_provider")
        if not isinstance(llm_provider, str):
            raise TypeError(f"llm_provider: expected a string, got {type(llm_provider).__name__}")

        date_created = datetime.datetime.fromisoformat(
            d.pop("date_created").replace("Z", "+00:00").replace("z", "+00:00")
        )

        date_updated = datetime.datetime.fromisoformat(
            d.pop("date_updated").replace("Z", "+00:00").replace("z", "+00:00")
        )

        username = d.pop("username")
        if not isinstance(username, str):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        def _parse_session_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            session_id_type_1 = data

            return session_id_type_1

        session_id = _parse_session_id(d.pop("session_id"))

        content_length = d.pop("content_length")
        if not isinstance(content_length, int) or content_length is True or content_length is False:
            raise TypeError(
                f"content_length: expected an integer, got {type(content_length).__name__}"
            )

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
