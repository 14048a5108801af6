from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
    parse_datetime,
)
from ..models.scope_c1d_enum import ScopeC1DEnum, check_scope_c1d_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_model_registry_minimal import LLMModelRegistryMinimal
    from ..models.llm_provider_minimal import LLMProviderMinimal


T = TypeVar("T", bound="FallbackLLM")


@_attrs_define
class FallbackLLM:
    """Serializer for FallbackLLM configuration."""

    id: int
    source_provider: int
    """ The provider whose models this fallback applies to """
    source_provider_detail: LLMProviderMinimal
    """ Minimal serializer for LLMProvider in fallback configs. """
    source_model: int | None
    """ Specific model this fallback applies to (only for model scope) """
    source_model_detail: LLMModelRegistryMinimal
    """ Minimal serializer for LLMModelRegistry in fallback configs. """
    fallback_provider: int
    """ The provider to use as fallback """
    fallback_provider_detail: LLMProviderMinimal
    """ Minimal serializer for LLMProvider in fallback configs. """
    fallback_model: int
    """ The model to use as fallback """
    fallback_model_detail: LLMModelRegistryMinimal
    """ Minimal serializer for LLMModelRegistry in fallback configs. """
    tenant: int | None
    """ Tenant this config applies to. Null means global. """
    tenant_key: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    scope: ScopeC1DEnum | Unset = UNSET
    """ * `model` - Model Specific
    * `provider` - Provider Wide """
    is_enabled: bool | Unset = UNSET
    """ Whether this fallback configuration is active """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_provider = self.source_provider

        source_provider_detail = self.source_provider_detail.to_dict()

        source_model: int | None
        source_model = self.source_model

        source_model_detail = self.source_model_detail.to_dict()

        fallback_provider = self.fallback_provider

        fallback_provider_detail = self.fallback_provider_detail.to_dict()

        fallback_model = self.fallback_model

        fallback_model_detail = self.fallback_model_detail.to_dict()

        tenant: int | None
        tenant = self.tenant

        tenant_key = self.tenant_key

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_provider": source_provider,
                "source_provider_detail": source_provider_detail,
                "source_model": source_model,
                "source_model_detail": source_model_detail,
                "fallback_provider": fallback_provider,
                "fallback_provider_detail": fallback_provider_detail,
                "fallback_model": fallback_model,
                "fallback_model_detail": fallback_model_detail,
                "tenant": tenant,
                "tenant_key": tenant_key,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.llm_model_registry_minimal import LLMModelRegistryMinimal  # noqa: PLC0415
        from ..models.llm_provider_minimal import LLMProviderMinimal  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        source_provider = d.pop("source_provider")
        if (
            not isinstance(source_provider, int)
            or source_provider is True
            or source_provider is False
        ):
            raise FieldError("source_provider", "an integer", source_provider)

        source_provider_detail = nested(
            "source_provider_detail", LLMProviderMinimal, d.pop("source_provider_detail")
        )

        def _parse_source_model(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("source_model", "an integer or null", data)

        source_model = _parse_source_model(d.pop("source_model"))

        source_model_detail = nested(
            "source_model_detail", LLMModelRegistryMinimal, d.pop("source_model_detail")
        )

        fallback_provider = d.pop("fallback_provider")
        if (
            not isinstance(fallback_provider, int)
            or fallback_provider is True
            or fallback_provider is False
        ):
            raise FieldError("fallback_provider", "an integer", fallback_provider)

        fallback_provider_detail = nested(
            "fallback_provider_detail", LLMProviderMinimal, d.pop("fallback_provider_detail")
        )

        fallback_model = d.pop("fallback_model")
        if not isinstance(fallback_model, int) or fallback_model is True or fallback_model is False:
            raise FieldError("fallback_model", "an integer", fallback_model)

        fallback_model_detail = nested(
            "fallback_model_detail", LLMModelRegistryMinimal, d.pop("fallback_model_detail")
        )

        def _parse_tenant(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("tenant", "an integer or null", data)

        tenant = _parse_tenant(d.pop("tenant"))

        tenant_key = d.pop("tenant_key")
        if not isinstance(tenant_key, str):
            raise FieldError("tenant_key", "a string", tenant_key)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        _scope = d.pop("scope", UNSET)
        scope: ScopeC1DEnum | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_scope_c1d_enum(_scope, "scope")

        is_enabled = d.pop("is_enabled", UNSET)
        if not isinstance(is_enabled, (bool, Unset)):
            raise FieldError("is_enabled", "a boolean", is_enabled)

        fallback_llm = cls(
            id=id,
            source_provider=source_provider,
            source_provider_detail=source_provider_detail,
            source_model=source_model,
            source_model_detail=source_model_detail,
            fallback_provider=fallback_provider,
            fallback_provider_detail=fallback_provider_detail,
            fallback_model=fallback_model,
            fallback_model_detail=fallback_model_detail,
            tenant=tenant,
            tenant_key=tenant_key,
            created_at=created_at,
            updated_at=updated_at,
            scope=scope,
            is_enabled=is_enabled,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fallback_llm.additional_properties = additional_properties
        return fallback_llm

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
