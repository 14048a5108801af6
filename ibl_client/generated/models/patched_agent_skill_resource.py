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
from ..models.file_type_enum import FileTypeEnum, check_file_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedAgentSkillResource")


@_attrs_define
class PatchedAgentSkillResource:
    id: int | Unset = UNSET
    skill: int | Unset = UNSET
    file_type: FileTypeEnum | Unset = UNSET
    """ * `script` - Script
    * `reference` - Reference
    * `asset` - Asset """
    filename: str | Unset = UNSET
    content: str | Unset = UNSET
    """ Text content for script/reference resources. """
    file: None | str | Unset = UNSET
    """ Binary file for asset resources. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        skill = self.skill

        file_type: str | Unset = UNSET
        if not isinstance(self.file_type, Unset):
            file_type = self.file_type

        filename = self.filename

        content = self.content

        file: None | str | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        else:
            file = self.file

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
        if skill is not UNSET:
            field_dict["skill"] = skill
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if filename is not UNSET:
            field_dict["filename"] = filename
        if content is not UNSET:
            field_dict["content"] = content
        if file is not UNSET:
            field_dict["file"] = file
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

        skill = d.pop("skill", UNSET)
        if not isinstance(skill, (int, Unset)) or skill is True or skill is False:
            raise FieldError("skill", "an integer", skill)

        _file_type = d.pop("file_type", UNSET)
        file_type: FileTypeEnum | Unset
        if isinstance(_file_type, Unset):
            file_type = UNSET
        else:
            file_type = check_file_type_enum(_file_type, "file_type")

        filename = d.pop("filename", UNSET)
        if not isinstance(filename, (str, Unset)):
            raise FieldError("filename", "a string", filename)

        content = d.pop("content", UNSET)
        if not isinstance(content, (str, Unset)):
            raise FieldError("content", "a string", content)

        def _parse_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("file", "a string or null", data)

        file = _parse_file(d.pop("file", UNSET))

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

        patched_agent_skill_resource = cls(
            id=id,
            skill=skill,
            file_type=file_type,
            filename=filename,
            content=content,
            file=file,
            created_at=created_at,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_agent_skill_resource.additional_properties = additional_properties
        return patched_agent_skill_resource

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
