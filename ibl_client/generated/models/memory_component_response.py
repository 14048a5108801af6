from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    within,
)

T = TypeVar("T", bound="MemoryComponentResponse")


@_attrs_define
class MemoryComponentResponse:
    knowledge_gaps: list[str]
    lessons_learned: list[str]
    help_requests: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        knowledge_gaps = self.knowledge_gaps

        lessons_learned = self.lessons_learned

        help_requests = self.help_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "knowledge_gaps": knowledge_gaps,
                "lessons_learned": lessons_learned,
                "help_requests": help_requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _knowledge_gaps = d.pop("knowledge_gaps")
        if not isinstance(_knowledge_gaps, list):
            raise FieldError("knowledge_gaps", "an array", _knowledge_gaps)
        knowledge_gaps = []
        for _knowledge_gaps_index, knowledge_gaps_item_data in enumerate(_knowledge_gaps):
            try:
                knowledge_gaps_item = knowledge_gaps_item_data
                if not isinstance(knowledge_gaps_item, str):
                    raise FieldError("knowledge_gaps_item", "a string", knowledge_gaps_item)

            except PARSE_ERRORS as _knowledge_gaps_error:
                raise within(
                    ("knowledge_gaps", _knowledge_gaps_index),
                    _knowledge_gaps_error,
                    "knowledge_gaps_item",
                ) from _knowledge_gaps_error
            knowledge_gaps.append(knowledge_gaps_item)

        _lessons_learned = d.pop("lessons_learned")
        if not isinstance(_lessons_learned, list):
            raise FieldError("lessons_learned", "an array", _lessons_learned)
        lessons_learned = []
        for _lessons_learned_index, lessons_learned_item_data in enumerate(_lessons_learned):
            try:
                lessons_learned_item = lessons_learned_item_data
                if not isinstance(lessons_learned_item, str):
                    raise FieldError("lessons_learned_item", "a string", lessons_learned_item)

            except PARSE_ERRORS as _lessons_learned_error:
                raise within(
                    ("lessons_learned", _lessons_learned_index),
                    _lessons_learned_error,
                    "lessons_learned_item",
                ) from _lessons_learned_error
            lessons_learned.append(lessons_learned_item)

        _help_requests = d.pop("help_requests")
        if not isinstance(_help_requests, list):
            raise FieldError("help_requests", "an array", _help_requests)
        help_requests = []
        for _help_requests_index, help_requests_item_data in enumerate(_help_requests):
            try:
                help_requests_item = help_requests_item_data
                if not isinstance(help_requests_item, str):
                    raise FieldError("help_requests_item", "a string", help_requests_item)

            except PARSE_ERRORS as _help_requests_error:
                raise within(
                    ("help_requests", _help_requests_index),
                    _help_requests_error,
                    "help_requests_item",
                ) from _help_requests_error
            help_requests.append(help_requests_item)

        memory_component_response = cls(
            knowledge_gaps=knowledge_gaps,
            lessons_learned=lessons_learned,
            help_requests=help_requests,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        memory_component_response.additional_properties = additional_properties
        return memory_component_response

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
