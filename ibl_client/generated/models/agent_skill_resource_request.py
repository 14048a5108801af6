from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.file_type_enum import FileTypeEnum, check_file_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentSkillResourceRequest")


@_attrs_define
class AgentSkillResourceRequest:
    skill: int
    file_type: FileTypeEnum
    """ * `script` - Script
    * `reference` - Reference
    * `asset` - Asset """
    filename: str
    content: str | Unset = UNSET
    """ Text content for script/reference resources. """
    file: None | str | Unset = UNSET
    """ Binary file for asset resources. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill = self.skill

        file_type: str = self.file_type

        filename = self.filename

        content = self.content

        file: None | str | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        else:
            file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill": skill,
                "file_type": file_type,
                "filename": filename,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skill = d.pop("skill")
        if not isinstance(skill, int) or skill is True or skill is False:
            raise FieldError("skill", "an integer", skill)

        file_type = check_file_type_enum(d.pop("file_type"), "file_type")

        filename = d.pop("filename")
        if not isinstance(filename, str):
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

        agent_skill_resource_request = cls(
            skill=skill,
            file_type=file_type,
            filename=filename,
            content=content,
            file=file,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        agent_skill_resource_request.additional_properties = additional_properties
        return agent_skill_resource_request

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
