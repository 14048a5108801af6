from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_uuid,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedGoogleAgentDetailRequest")


@_attrs_define
class PatchedGoogleAgentDetailRequest:
    unique_id: UUID | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    instruction: str | Unset = UNSET
    output_key: None | str | Unset = UNSET
    created_by: int | None | Unset = UNSET
    """ edX user ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        created_by: int | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        def _parse_created_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("created_by", "an integer or null", data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        patched_google_agent_detail_request = cls(
            unique_id=unique_id,
            model=model,
            name=name,
            description=description,
            instruction=instruction,
            output_key=output_key,
            created_by=created_by,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_google_agent_detail_request.additional_properties = additional_properties
        return patched_google_agent_detail_request

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
