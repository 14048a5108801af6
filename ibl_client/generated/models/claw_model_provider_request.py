from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClawModelProviderRequest")


@_attrs_define
class ClawModelProviderRequest:
    server: int
    name: str
    """ Provider identifier in the Claw config (e.g. 'minimax') """
    base_url: str
    """ Provider API endpoint (e.g. https://api.minimax.io/anthropic) """
    api_type: str
    """ Claw provider API type (e.g. 'openai-completions', 'anthropic-messages'). """
    credential_name: str
    """ Name of the LLMCredential to resolve the API key from """
    credential_key: str | Unset = UNSET
    """ Key within the LLMCredential value JSON to extract the API key """
    model_catalog: Any | Unset = UNSET
    """ List of {"id": "...", "name": "..."} entries for the provider model catalog """
    enabled: bool | Unset = UNSET
    models_mode: str | Unset = UNSET
    """ 'merge' adds to built-in models, 'replace' uses only configured providers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server = self.server

        name = self.name

        base_url = self.base_url

        api_type = self.api_type

        credential_name = self.credential_name

        credential_key = self.credential_key

        model_catalog = self.model_catalog

        enabled = self.enabled

        models_mode = self.models_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server": server,
                "name": name,
                "base_url": base_url,
                "api_type": api_type,
                "credential_name": credential_name,
            }
        )
        if credential_key is not UNSET:
            field_dict["credential_key"] = credential_key
        if model_catalog is not UNSET:
            field_dict["model_catalog"] = model_catalog
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if models_mode is not UNSET:
            field_dict["models_mode"] = models_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server = d.pop("server")
        if not isinstance(server, int) or server is True or server is False:
            raise FieldError("server", "an integer", server)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        base_url = d.pop("base_url")
        if not isinstance(base_url, str):
            raise FieldError("base_url", "a string", base_url)

        api_type = d.pop("api_type")
        if not isinstance(api_type, str):
            raise FieldError("api_type", "a string", api_type)

        credential_name = d.pop("credential_name")
        if not isinstance(credential_name, str):
            raise FieldError("credential_name", "a string", credential_name)

        credential_key = d.pop("credential_key", UNSET)
        if not isinstance(credential_key, (str, Unset)):
            raise FieldError("credential_key", "a string", credential_key)

        model_catalog = d.pop("model_catalog", UNSET)

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise FieldError("enabled", "a boolean", enabled)

        models_mode = d.pop("models_mode", UNSET)
        if not isinstance(models_mode, (str, Unset)):
            raise FieldError("models_mode", "a string", models_mode)

        claw_model_provider_request = cls(
            server=server,
            name=name,
            base_url=base_url,
            api_type=api_type,
            credential_name=credential_name,
            credential_key=credential_key,
            model_catalog=model_catalog,
            enabled=enabled,
            models_mode=models_mode,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        claw_model_provider_request.additional_properties = additional_properties
        return claw_model_provider_request

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
