from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
    parse_uuid,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleAgentDetail")


@_attrs_define
class GoogleAgentDetail:
    id: int
    sub_agents: str
    platform: str
    model: str
    name: str
    description: str
    instruction: str
    inserted_at: datetime.datetime
    updated_at: datetime.datetime
    unique_id: UUID | Unset = UNSET
    output_key: None | str | Unset = UNSET
    created_by: int | None | Unset = UNSET
    """ edX user ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sub_agents = self.sub_agents

        platform = self.platform

        model = self.model

        name = self.name

        description = self.description

        instruction = self.instruction

        inserted_at = self.inserted_at.isoformat()

        updated_at = self.updated_at.isoformat()

        unique_id: str | Unset = UNSET
        if not isinstance(self.unique_id, Unset):
            unique_id = str(self.unique_id)

        output_key: None | str | Unset
        if isinstance(self.output_key, Unset):
            output_key = UNSET
        else:
            output_key = self.output_key

        created_by: int | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sub_agents": sub_agents,
                "platform": platform,
                "model": model,
                "name": name,
                "description": description,
                "instruction": instruction,
                "inserted_at": inserted_at,
                "updated_at": updated_at,
            }
        )
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if output_key is not UNSET:
            field_dict["output_key"] = output_key
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        sub_agents = d.pop("sub_agents")
        if not isinstance(sub_agents, str):
            raise FieldError("sub_agents", "a string", sub_agents)

        platform = d.pop("platform")
        if not isinstance(platform, str):
            raise FieldError("platform", "a string", platform)

        model = d.pop("model")
        if not isinstance(model, str):
            raise FieldError("model", "a string", model)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        description = d.pop("description")
        if not isinstance(description, str):
            raise FieldError("description", "a string", description)

        instruction = d.pop("instruction")
        if not isinstance(instruction, str):
            raise FieldError("instruction", "a string", instruction)

        inserted_at = parse_datetime("inserted_at", d.pop("inserted_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        _unique_id = d.pop("unique_id", UNSET)
        unique_id: UUID | Unset
        if isinstance(_unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = parse_uuid("unique_id", _unique_id)

        def _parse_output_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("output_key", "a string or null", data)

        output_key = _parse_output_key(d.pop("output_key", UNSET))

        def _parse_created_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("created_by", "an integer or null", data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        google_agent_detail = cls(
            id=id,
            sub_agents=sub_agents,
            platform=platform,
            model=model,
            name=name,
            description=description,
            instruction=instruction,
            inserted_at=inserted_at,
            updated_at=updated_at,
            unique_id=unique_id,
            output_key=output_key,
            created_by=created_by,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        google_agent_detail.additional_properties = additional_properties
        return google_agent_detail

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
