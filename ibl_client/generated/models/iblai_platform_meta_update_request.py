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
from ..types import UNSET, Unset

T = TypeVar("T", bound="IBLAIPlatformMetaUpdateRequest")


@_attrs_define
class IBLAIPlatformMetaUpdateRequest:
    active_llm: str | Unset = UNSET
    """ The LLM provider to set as active (e.g., 'openai', 'google') """
    llms: list[str] | Unset = UNSET
    """ List of LLM providers to add to available providers """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_llm = self.active_llm

        llms: list[str] | Unset = UNSET
        if not isinstance(self.llms, Unset):
            llms = self.llms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_llm is not UNSET:
            field_dict["active_llm"] = active_llm
        if llms is not UNSET:
            field_dict["llms"] = llms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_llm = d.pop("active_llm", UNSET)
        if not isinstance(active_llm, (str, Unset)):
            raise FieldError("active_llm", "a string", active_llm)

        _llms = d.pop("llms", UNSET)
        llms: list[str] | Unset = UNSET
        if _llms is not UNSET:
            if not isinstance(_llms, list):
                raise FieldError("llms", "an array", _llms)
            llms = []
            for _llms_index, llms_item_data in enumerate(_llms):
                try:
                    llms_item = llms_item_data
                    if not isinstance(llms_item, str):
                        raise FieldError("llms_item", "a string", llms_item)

                except PARSE_ERRORS as _llms_error:
                    raise within(("llms", _llms_index), _llms_error, "llms_item") from _llms_error
                llms.append(llms_item)

        iblai_platform_meta_update_request = cls(
            active_llm=active_llm,
            llms=llms,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        iblai_platform_meta_update_request.additional_properties = additional_properties
        return iblai_platform_meta_update_request

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
