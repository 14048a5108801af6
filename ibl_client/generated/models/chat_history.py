from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_version import ArtifactVersion


T = TypeVar("T", bound="ChatHistory")


@_attrs_define
class ChatHistory:
    id: int
    message: Any
    inserted_at: datetime.datetime
    feedback: Any
    files: Any
    artifact_versions: list[ArtifactVersion]
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message

        inserted_at = self.inserted_at.isoformat()

        feedback = self.feedback

        files = self.files

        artifact_versions = []
        for artifact_versions_item_data in self.artifact_versions:
            artifact_versions_item = artifact_versions_item_data.to_dict()
            artifact_versions.append(artifact_versions_item)

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message": message,
                "inserted_at": inserted_at,
                "feedback": feedback,
                "files": files,
                "artifact_versions": artifact_versions,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact_version import ArtifactVersion  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        message = d.pop("message")

        inserted_at = parse_datetime("inserted_at", d.pop("inserted_at"))

        feedback = d.pop("feedback")

        files = d.pop("files")

        _artifact_versions = d.pop("artifact_versions")
        if not isinstance(_artifact_versions, list):
            raise FieldError("artifact_versions", "an array", _artifact_versions)
        artifact_versions = []
        for _artifact_versions_index, artifact_versions_item_data in enumerate(_artifact_versions):
            try:
                artifact_versions_item = nested(
                    "artifact_versions_item", ArtifactVersion, artifact_versions_item_data
                )

            except PARSE_ERRORS as _artifact_versions_error:
                raise within(
                    ("artifact_versions", _artifact_versions_index),
                    _artifact_versions_error,
                    "artifact_versions_item",
                ) from _artifact_versions_error
            artifact_versions.append(artifact_versions_item)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("title", "a string or null", data)

        title = _parse_title(d.pop("title", UNSET))

        chat_history = cls(
            id=id,
            message=message,
            inserted_at=inserted_at,
            feedback=feedback,
            files=files,
            artifact_versions=artifact_versions,
            title=title,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        chat_history.additional_properties = additional_properties
        return chat_history

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
