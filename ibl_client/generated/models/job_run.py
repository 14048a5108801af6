from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_datetime,
    parse_uuid,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.step import Step


T = TypeVar("T", bound="JobRun")


@_attrs_define
class JobRun:
    id: int
    title: str
    session: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    steps: list[Step]
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        session = str(self.session)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        description = self.description

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "session": session,
                "created_at": created_at,
                "updated_at": updated_at,
                "steps": steps,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.step import Step  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        title = d.pop("title")
        if not isinstance(title, str):
            raise FieldError("title", "a string", title)

        session = parse_uuid("session", d.pop("session"))

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        _steps = d.pop("steps")
        if not isinstance(_steps, list):
            raise FieldError("steps", "an array", _steps)
        steps = []
        for _steps_index, steps_item_data in enumerate(_steps):
            try:
                steps_item = nested("steps_item", Step, steps_item_data)

            except PARSE_ERRORS as _steps_error:
                raise within(("steps", _steps_index), _steps_error, "steps_item") from _steps_error
            steps.append(steps_item)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        job_run = cls(
            id=id,
            title=title,
            session=session,
            created_at=created_at,
            updated_at=updated_at,
            steps=steps,
            description=description,
            active=active,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        job_run.additional_properties = additional_properties
        return job_run

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
