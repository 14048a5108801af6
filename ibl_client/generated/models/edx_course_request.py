from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        run = d.pop("run")
        if not isinstance(run, str):
            raise TypeError(f"run: expected a string, got {type(run).__name__}")

        number = d.pop("number")
        if not isinstance(number, str):
            raise TypeError(f"number: expected a string, got {type(number).__name__}")

        xblock_id = d.pop("xblock_id")
        if not isinstance(xblock_id, str):
            raise TypeError(f"xblock_id: expected a string, got {type(xblock_id).__name__}")

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        def _parse_task(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                task_type_0 = data
                if not isinstance(task_type_0, int) or task_type_0 is True or task_type_0 is False:
                    raise TypeError(
                        f"task_type_0: expected an integer, got {type(task_type_0).__name__}"
                    )

                return task_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            task_type_1 = data

            return task_type_1

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
