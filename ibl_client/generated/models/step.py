from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.step_status_enum import StepStatusEnum, check_step_status_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Step")


@_attrs_define
class Step:
    id: int
    title: str
    position: int
    job: int
    description: str | Unset = UNSET
    status: StepStatusEnum | Unset = UNSET
    """ * `completed` - Completed
    * `failed` - Failed
    * `pending` - Pending """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        position = self.position

        job = self.job

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "position": position,
                "job": job,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status

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

        position = d.pop("position")
        if not isinstance(position, int) or position is True or position is False:
            raise FieldError("position", "an integer", position)

        job = d.pop("job")
        if not isinstance(job, int) or job is True or job is False:
            raise FieldError("job", "an integer", job)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        _status = d.pop("status", UNSET)
        status: StepStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_step_status_enum(_status, "status")

        step = cls(
            id=id,
            title=title,
            position=position,
            job=job,
            description=description,
            status=status,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        step.additional_properties = additional_properties
        return step

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
