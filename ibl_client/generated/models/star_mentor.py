from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StarMentor")


@_attrs_define
class StarMentor:
    updated_at: str
    mentor: str
    student: str
    recently_accessed_at: None | str
    is_starred: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updated_at = self.updated_at

        mentor = self.mentor

        student = self.student

        recently_accessed_at: None | str
        recently_accessed_at = self.recently_accessed_at

        is_starred = self.is_starred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updated_at": updated_at,
                "mentor": mentor,
                "student": student,
                "recently_accessed_at": recently_accessed_at,
            }
        )
        if is_starred is not UNSET:
            field_dict["is_starred"] = is_starred

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        updated_at = d.pop("updated_at")
        if not isinstance(updated_at, str):
            raise FieldError("updated_at", "a string", updated_at)

        mentor = d.pop("mentor")
        if not isinstance(mentor, str):
            raise FieldError("mentor", "a string", mentor)

        student = d.pop("student")
        if not isinstance(student, str):
            raise FieldError("student", "a string", student)

        def _parse_recently_accessed_at(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("recently_accessed_at", "a string or null", data)

        recently_accessed_at = _parse_recently_accessed_at(d.pop("recently_accessed_at"))

        is_starred = d.pop("is_starred", UNSET)
        if not isinstance(is_starred, (bool, Unset)):
            raise FieldError("is_starred", "a boolean", is_starred)

        star_mentor = cls(
            updated_at=updated_at,
            mentor=mentor,
            student=student,
            recently_accessed_at=recently_accessed_at,
            is_starred=is_starred,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        star_mentor.additional_properties = additional_properties
        return star_mentor

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
