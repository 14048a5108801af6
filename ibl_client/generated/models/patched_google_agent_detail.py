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

T = TypeVar("T", bound="PatchedGoogleAgentDetail")


@_attrs_define
class PatchedGoogleAgentDetail:
    id: int | Unset = UNSET
    sub_agents: str | Unset = UNSET
    platform: str | Unset = UNSET
    unique_id: UUID | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    instruction: str | Unset = UNSET
    output_key: None | str | Unset = UNSET
    inserted_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    created_by: int | None | Unset = UNSET
    """ edX user ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sub_agents = self.sub_agents

        platform = self.platform

        unique_id: str | Unset = UNSET
        if not isinstance(self.unique_id, Unset):
            unique_id = str(self.unique_id)

        model = self.model

        name = self.name

        description = self.description

        instruction = self.instruction

        output_key: None | str | Unset
        if isinstance(self.output_key, Unset):
            output_key = UNSET
        else:
            output_key = self.output_key

        inserted_at: str | Unset = UNSET
        if not isinstance(self.inserted_at, Unset):
            inserted_at = self.inserted_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        created_by: int | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sub_agents is not UNSET:
            field_dict["sub_agents"] = sub_agents
        if platform is not UNSET:
            field_dict["platform"] = platform
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if output_key is not UNSET:
            field_dict["output_key"] = output_key
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        sub_agents = d.pop("sub_agents", UNSET)
        if not isinstance(sub_agents, (str, Unset)):
            raise FieldError("sub_agents", "a string", sub_agents)

        platform = d.pop("platform", UNSET)
        if not isinstance(platform, (str, Unset)):
            raise FieldError("platform", "a string", platform)

        _unique_id = d.pop("unique_id", UNSET)
        unique_id: UUID | Unset
        if isinstance(_unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = parse_uuid("unique_id", _unique_id)

        model = d.pop("model", UNSET)
        if not isinstance(model, (str, Unset)):
            raise FieldError("model", "a string", model)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        instruction = d.pop("instruction", UNSET)
        if not isinstance(instruction, (str, Unset)):
            raise FieldError("instruction", "a string", instruction)

        def _parse_output_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("output_key", "a string or null", data)

        output_key = _parse_output_key(d.pop("output_key", UNSET))

        _inserted_at = d.pop("inserted_at", UNSET)
        inserted_at: datetime.datetime | Unset
        if isinstance(_inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = parse_datetime("inserted_at", _inserted_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime("updated_at", _updated_at)

        def _parse_created_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("created_by", "an integer or null", data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        patched_google_agent_detail = cls(
            id=id,
            sub_agents=sub_agents,
            platform=platform,
            unique_id=unique_id,
            model=model,
            name=name,
            description=description,
            instruction=instruction,
            output_key=output_key,
            inserted_at=inserted_at,
            updated_at=updated_at,
            created_by=created_by,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_google_agent_detail.additional_properties = additional_properties
        return patched_google_agent_detail

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
