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

if TYPE_CHECKING:
    from ..models.guided_prompt import GuidedPrompt


T = TypeVar("T", bound="GuidedPromptsResponse")


@_attrs_define
class GuidedPromptsResponse:
    ai_prompts: list[str]
    results: list[GuidedPrompt]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_prompts = self.ai_prompts

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ai_prompts": ai_prompts,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guided_prompt import GuidedPrompt  # noqa: PLC0415

        d = dict(src_dict)
        _ai_prompts = d.pop("ai_prompts")
        if not isinstance(_ai_prompts, list):
            raise FieldError("ai_prompts", "an array", _ai_prompts)
        ai_prompts = []
        for _ai_prompts_index, ai_prompts_item_data in enumerate(_ai_prompts):
            try:
                ai_prompts_item = ai_prompts_item_data
                if not isinstance(ai_prompts_item, str):
                    raise FieldError("ai_prompts_item", "a string", ai_prompts_item)

            except PARSE_ERRORS as _ai_prompts_error:
                raise within(
                    ("ai_prompts", _ai_prompts_index), _ai_prompts_error, "ai_prompts_item"
                ) from _ai_prompts_error
            ai_prompts.append(ai_prompts_item)

        _results = d.pop("results")
        if not isinstance(_results, list):
            raise FieldError("results", "an array", _results)
        results = []
        for _results_index, results_item_data in enumerate(_results):
            try:
                results_item = nested("results_item", GuidedPrompt, results_item_data)

            except PARSE_ERRORS as _results_error:
                raise within(
                    ("results", _results_index), _results_error, "results_item"
                ) from _results_error
            results.append(results_item)

        guided_prompts_response = cls(
            ai_prompts=ai_prompts,
            results=results,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        guided_prompts_response.additional_properties = additional_properties
        return guided_prompts_response

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
