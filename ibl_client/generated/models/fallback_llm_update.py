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

T = TypeVar("T", bound="FallbackLLMUpdate")


@_attrs_define
class FallbackLLMUpdate:
    """Serializer for updating FallbackLLM configuration."""

    source_provider: int
    """ The provider whose models this fallback applies to """
    fallback_provider: int
    """ The provider to use as fallback """
    fallback_model: int
    """ The model to use as fallback """
    scope: ScopeC1DEnum | Unset = UNSET
    """ * `model` - Model Specific
    * `provider` - Provider Wide """
    source_model: int | None | Unset = UNSET
    """ Specific model this fallback applies to (only for model scope) """
    is_enabled: bool | Unset = UNSET
    """ Whether this fallback configuration is active """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_provider = self.source_provider

        fallback_provider = self.fallback_provider

        fallback_model = self.fallback_model

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        source_model: int | None | Unset
        if isinstance(self.source_model, Unset):
            source_model = UNSET
        else:
            source_model = self.source_model

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_provider": source_provider,
                "fallback_provider": fallback_provider,
                "fallback_model": fallback_model,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if source_model is not UNSET:
            field_dict["source_model"] = source_model
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_provider = d.pop("source_provider")
        if (
            not isinstance(source_provider, int)
            or source_provider is True
            or source_provider is False
        ):
            raise FieldError("source_provider", "an integer", source_provider)

        fallback_provider = d.pop("fallback_provider")
        if (
            not isinstance(fallback_provider, int)
            or fallback_provider is True
            or fallback_provider is False
        ):
            raise FieldError("fallback_provider", "an integer", fallback_provider)

        fallback_model = d.pop("fallback_model")
        if not isinstance(fallback_model, int) or fallback_model is True or fallback_model is False:
            raise FieldError("fallback_model", "an integer", fallback_model)

        _scope = d.pop("scope", UNSET)
        scope: ScopeC1DEnum | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_scope_c1d_enum(_scope, "scope")

        def _parse_source_model(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("source_model", "an integer or null", data)

        source_model = _parse_source_model(d.pop("source_model", UNSET))

        is_enabled = d.pop("is_enabled", UNSET)
        if not isinstance(is_enabled, (bool, Unset)):
            raise FieldError("is_enabled", "a boolean", is_enabled)

        fallback_llm_update = cls(
            source_provider=source_provider,
            fallback_provider=fallback_provider,
            fallback_model=fallback_model,
            scope=scope,
            source_model=source_model,
            is_enabled=is_enabled,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fallback_llm_update.additional_properties = additional_properties
        return fallback_llm_update

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
