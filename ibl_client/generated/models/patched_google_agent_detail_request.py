from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            unique_id = UUID(_unique_id)

        model = d.pop("model", UNSET)
        if not isinstance(model, (str, Unset)):
            raise TypeError(f"model: expected a string, got {type(model).__name__}")

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        instruction = d.pop("instruction", UNSET)
        if not isinstance(instruction, (str, Unset)):
            raise TypeError(f"instruction: expected a string, got {type(instruction).__name__}")

        def _parse_output_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_key_type_0 = data
                if not isinstance(output_key_type_0, str):
                    raise TypeError(
                        f"output_key_type_0: expected a string, got {type(output_key_type_0).__name__}"
                    )

                return output_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            output_key_type_1 = data

            return output_key_type_1

        output_key = _parse_output_key(d.pop("output_key", UNSET))

        def _parse_created_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                created_by_type_0 = data
                if (
                    not isinstance(created_by_type_0, int)
                    or created_by_type_0 is True
                    or created_by_type_0 is False
                ):
                    raise TypeError(
                        f"created_by_type_0: expected an integer, got {type(created_by_type_0).__name__}"
                    )

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            created_by_type_1 = data

            return created_by_type_1

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
