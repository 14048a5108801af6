from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.name_enum import NameEnum, check_name_enum
from ..models.scope_c1d_enum import ScopeC1DEnum, check_scope_c1d_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="FallbackLLMCreate")


@_attrs_define
class FallbackLLMCreate:
    """Serializer for creating FallbackLLM configuration."""

    source_provider_name: NameEnum
    fallback_provider_name: NameEnum
    fallback_model_name: str
    """ Fallback model name """
    scope: ScopeC1DEnum | Unset = UNSET
    """ * `model` - Model Specific
    * `provider` - Provider Wide """
    tenant_key: None | str | Unset = UNSET
    """ Tenant key. Leave empty for global configuration. """
    source_model_name: None | str | Unset = UNSET
    """ Source model name (required for model scope) """
    is_enabled: bool | Unset = UNSET
    """ Whether this fallback configuration is active """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_provider_name: str = self.source_provider_name

        fallback_provider_name: str = self.fallback_provider_name

        fallback_model_name = self.fallback_model_name

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        tenant_key: None | str | Unset
        if isinstance(self.tenant_key, Unset):
            tenant_key = UNSET
        else:
            tenant_key = self.tenant_key

        source_model_name: None | str | Unset
        if isinstance(self.source_model_name, Unset):
            source_model_name = UNSET
        else:
            source_model_name = self.source_model_name

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_provider_name": source_provider_name,
                "fallback_provider_name": fallback_provider_name,
                "fallback_model_name": fallback_model_name,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if tenant_key is not UNSET:
            field_dict["tenant_key"] = tenant_key
        if source_model_name is not UNSET:
            field_dict["source_model_name"] = source_model_name
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_provider_name = check_name_enum(
            d.pop("source_provider_name"), "source_provider_name"
        )

        fallback_provider_name = check_name_enum(
            d.pop("fallback_provider_name"), "fallback_provider_name"
        )

        fallback_model_name = d.pop("fallback_model_name")
        if not isinstance(fallback_model_name, str):
            raise FieldError("fallback_model_name", "a string", fallback_model_name)

        _scope = d.pop("scope", UNSET)
        scope: ScopeC1DEnum | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_scope_c1d_enum(_scope, "scope")

        def _parse_tenant_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("tenant_key", "a string or null", data)

        tenant_key = _parse_tenant_key(d.pop("tenant_key", UNSET))

        def _parse_source_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("source_model_name", "a string or null", data)

        source_model_name = _parse_source_model_name(d.pop("source_model_name", UNSET))

        is_enabled = d.pop("is_enabled", UNSET)
        if not isinstance(is_enabled, (bool, Unset)):
            raise FieldError("is_enabled", "a boolean", is_enabled)

        fallback_llm_create = cls(
            source_provider_name=source_provider_name,
            fallback_provider_name=fallback_provider_name,
            fallback_model_name=fallback_model_name,
            scope=scope,
            tenant_key=tenant_key,
            source_model_name=source_model_name,
            is_enabled=is_enabled,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fallback_llm_create.additional_properties = additional_properties
        return fallback_llm_create

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
