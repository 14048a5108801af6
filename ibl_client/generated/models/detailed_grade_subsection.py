from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="DetailedGradeSubsection")


@_attrs_define
class DetailedGradeSubsection:
    display_name: str
    """ Subsection name """
    id: str
    """ Subsection Id """
    graded_earned: str
    """ Subsection earned mark """
    graded_possible: str
    """ Subsection Possible Mark """
    graded_percent: str
    """ Subsection Grade """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        id = self.id

        graded_earned = self.graded_earned

        graded_possible = self.graded_possible

        graded_percent = self.graded_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "id": id,
                "graded_earned": graded_earned,
                "graded_possible": graded_possible,
                "graded_percent": graded_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise FieldError("display_name", "a string", display_name)

        id = d.pop("id")
        if not isinstance(id, str):
            raise FieldError("id", "a string", id)

        graded_earned = d.pop("graded_earned")
        if not isinstance(graded_earned, str):
            raise FieldError("graded_earned", "a string", graded_earned)

        graded_possible = d.pop("graded_possible")
        if not isinstance(graded_possible, str):
            raise FieldError("graded_possible", "a string", graded_possible)

        graded_percent = d.pop("graded_percent")
        if not isinstance(graded_percent, str):
            raise FieldError("graded_percent", "a string", graded_percent)

        detailed_grade_subsection = cls(
            display_name=display_name,
            id=id,
            graded_earned=graded_earned,
            graded_possible=graded_possible,
            graded_percent=graded_percent,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        detailed_grade_subsection.additional_properties = additional_properties
        return detailed_grade_subsection

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
