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

T = TypeVar("T", bound="SetStudentLLMAccess")


@_attrs_define
class SetStudentLLMAccess:
    """Serializer for setting student LLM access permissions"""

    platform_key: str
    """ The platform key where the LLM access should be set """
    llm_resources: list[str]
    """ List of LLM resource paths. Format: ['llms/openai/models/gpt-4', 'llms/openai/', 'llms/']. Shorter paths
    grant access to all sub-resources. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        llm_resources = self.llm_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "llm_resources": llm_resources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        _llm_resources = d.pop("llm_resources")
        if not isinstance(_llm_resources, list):
            raise FieldError("llm_resources", "an array", _llm_resources)
        llm_resources = []
        for _llm_resources_index, llm_resources_item_data in enumerate(_llm_resources):
            try:
                llm_resources_item = llm_resources_item_data
                if not isinstance(llm_resources_item, str):
                    raise FieldError("llm_resources_item", "a string", llm_resources_item)

            except PARSE_ERRORS as _llm_resources_error:
                raise within(
                    ("llm_resources", _llm_resources_index),
                    _llm_resources_error,
                    "llm_resources_item",
                ) from _llm_resources_error
            llm_resources.append(llm_resources_item)

        set_student_llm_access = cls(
            platform_key=platform_key,
            llm_resources=llm_resources,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        set_student_llm_access.additional_properties = additional_properties
        return set_student_llm_access

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
