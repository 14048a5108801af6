from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EdxCourseRequest")


@_attrs_define
class EdxCourseRequest:
    name: str
    run: str
    number: str
    xblock_id: str
    description: str | Unset = UNSET
    task: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        run = self.run

        number = self.number

        xblock_id = self.xblock_id

        description = self.description

        task: int | None | Unset
        if isinstance(self.task, Unset):
            task = UNSET
        else:
            task = self.task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "run": run,
                "number": number,
                "xblock_id": xblock_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        run = d.pop("run")
        if not isinstance(run, str):
            raise FieldError("run", "a string", run)

        number = d.pop("number")
        if not isinstance(number, str):
            raise FieldError("number", "a string", number)

        xblock_id = d.pop("xblock_id")
        if not isinstance(xblock_id, str):
            raise FieldError("xblock_id", "a string", xblock_id)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        def _parse_task(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("task", "an integer or null", data)

        task = _parse_task(d.pop("task", UNSET))

        edx_course_request = cls(
            name=name,
            run=run,
            number=number,
            xblock_id=xblock_id,
            description=description,
            task=task,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        edx_course_request.additional_properties = additional_properties
        return edx_course_request

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
