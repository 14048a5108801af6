from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.scope_c1d_enum import ScopeC1DEnum, check_scope_c1d_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedFallbackLLMUpdate")


@_attrs_define
class PatchedFallbackLLMUpdate:
    """Serializer for updating FallbackLLM configuration."""

    scope: ScopeC1DEnum | Unset = UNSET
    """ * `model` - Model Specific
    * `provider` - Provider Wide """
    source_provider: int | Unset = UNSET
    """ The provider whose models this fallback applies to """
    source_model: int | None | Unset = UNSET
    """ Specific model this fallback applies to (only for model scope) """
    fallback_provider: int | Unset = UNSET
    """ The provider to use as fallback """
    fallback_model: int | Unset = UNSET
    """ The model to use as fallback """
    is_enabled: bool | Unset = UNSET
    """ Whether this fallback configuration is active """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        source_provider = self.source_provider

        source_model: int | None | Unset
        if isinstance(self.source_model, Unset):
            source_model = UNSET
        else:
            source_model = self.source_model

        fallback_provider = self.fallback_provider

        fallback_model = self.fallback_model

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope is not UNSET:
            field_dict["scope"] = scope
        if source_provider is not UNSET:
            field_dict["source_provider"] = source_provider
        if source_model is not UNSET:
            field_dict["source_model"] = source_model
        if fallback_provider is not UNSET:
            field_dict["fallback_provider"] = fallback_provider
        if fallback_model is not UNSET:
            field_dict["fallback_model"] = fallback_model
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _scope = d.pop("scope", UNSET)
        scope: ScopeC1DEnum | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_scope_c1d_enum(_scope, "scope")

        source_provider = d.pop("source_provider", UNSET)
        if (
            not isinstance(source_provider, (int, Unset))
            or source_provider is True
            or source_provider is False
        ):
            raise FieldError("source_provider", "an integer", source_provider)

        def _parse_source_model(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("source_model", "an integer or null", data)

        source_model = _parse_source_model(d.pop("source_model", UNSET))

        fallback_provider = d.pop("fallback_provider", UNSET)
        if (
            not isinstance(fallback_provider, (int, Unset))
            or fallback_provider is True
            or fallback_provider is False
        ):
            raise FieldError("fallback_provider", "an integer", fallback_provider)

        fallback_model = d.pop("fallback_model", UNSET)
        if (
            not isinstance(fallback_model, (int, Unset))
            or fallback_model is True
            or fallback_model is False
        ):
            raise FieldError("fallback_model", "an integer", fallback_model)

        is_enabled = d.pop("is_enabled", UNSET)
        if not isinstance(is_enabled, (bool, Unset)):
            raise FieldError("is_enabled", "a boolean", is_enabled)

        patched_fallback_llm_update = cls(
            scope=scope,
            source_provider=source_provider,
            source_model=source_model,
            fallback_provider=fallback_provider,
            fallback_model=fallback_model,
            is_enabled=is_enabled,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_fallback_llm_update.additional_properties = additional_properties
        return patched_fallback_llm_update

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
