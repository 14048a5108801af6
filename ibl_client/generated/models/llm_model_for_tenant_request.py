from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LLMModelForTenantRequest")


@_attrs_define
class LLMModelForTenantRequest:
    llm_provider: str
    llm_name: str
    tenant: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        llm_provider = self.llm_provider

        llm_name = self.llm_name

        tenant: int | None | Unset
        if isinstance(self.tenant, Unset):
            tenant = UNSET
        else:
            tenant = self.tenant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "llm_provider": llm_provider,
                "llm_name": llm_name,
            }
        )
        if tenant is not UNSET:
            field_dict["tenant"] = tenant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        llm_provider = d.pop("llm_provider")
        if not isinstance(llm_provider, str):
            raise FieldError("llm_provider", "a string", llm_provider)

        llm_name = d.pop("llm_name")
        if not isinstance(llm_name, str):
            raise FieldError("llm_name", "a string", llm_name)

        def _parse_tenant(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("tenant", "an integer or null", data)

        tenant = _parse_tenant(d.pop("tenant", UNSET))

        llm_model_for_tenant_request = cls(
            llm_provider=llm_provider,
            llm_name=llm_name,
            tenant=tenant,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        llm_model_for_tenant_request.additional_properties = additional_properties
        return llm_model_for_tenant_request

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
