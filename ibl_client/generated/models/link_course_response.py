from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkCourseResponse")


@_attrs_define
class LinkCourseResponse:
    mentor_unique_id: str
    is_linked: bool
    course_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor_unique_id = self.mentor_unique_id

        is_linked = self.is_linked

        course_id: None | str | Unset
        if isinstance(self.course_id, Unset):
            course_id = UNSET
        else:
            course_id = self.course_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor_unique_id": mentor_unique_id,
                "is_linked": is_linked,
            }
        )
        if course_id is not UNSET:
            field_dict["course_id"] = course_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mentor_unique_id = d.pop("mentor_unique_id")
        if not isinstance(mentor_unique_id, str):
            raise TypeError(
                f"mentor_unique_id: expected a string, got {type(mentor_unique_id).__name__}"
            )

        is_linked = d.pop("is_linked")
        if not isinstance(is_linked, bool):
            raise TypeError(f"is_linked: expected a boolean, got {type(is_linked).__name__}")

        def _parse_course_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_id_type_0 = data
                if not isinstance(course_id_type_0, str):
                    raise TypeError(
                        f"course_id_type_0: expected a string, got {type(course_id_type_0).__name__}"
                    )

                return course_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            course_id_type_1 = data

            return course_id_type_1

        course_id = _parse_course_id(d.pop("course_id", UNSET))

        link_course_response = cls(
            mentor_unique_id=mentor_unique_id,
            is_linked=is_linked,
            course_id=course_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        link_course_response.additional_properties = additional_properties
        return link_course_response

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
