from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mentor_scenario_prompt import MentorScenarioPrompt


T = TypeVar("T", bound="MentorScenario")


@_attrs_define
class MentorScenario:
    name: str
    prompts: list[MentorScenarioPrompt]
    display: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompts = []
        for prompts_item_data in self.prompts:
            prompts_item = prompts_item_data.to_dict()
            prompts.append(prompts_item)

        display: None | str | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        else:
            display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "prompts": prompts,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_scenario_prompt import MentorScenarioPrompt  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        _prompts = d.pop("prompts")
        if not isinstance(_prompts, list):
            raise FieldError("prompts", "an array", _prompts)
        prompts = []
        for _prompts_index, prompts_item_data in enumerate(_prompts):
            try:
                prompts_item = nested("prompts_item", MentorScenarioPrompt, prompts_item_data)

            except PARSE_ERRORS as _prompts_error:
                raise within(
                    ("prompts", _prompts_index), _prompts_error, "prompts_item"
                ) from _prompts_error
            prompts.append(prompts_item)

        def _parse_display(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("display", "a string or null", data)

        display = _parse_display(d.pop("display", UNSET))

        mentor_scenario = cls(
            name=name,
            prompts=prompts,
            display=display,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_scenario.additional_properties = additional_properties
        return mentor_scenario

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
