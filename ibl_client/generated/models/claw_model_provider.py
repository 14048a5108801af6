from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClawModelProvider")


@_attrs_define
class ClawModelProvider:
    id: int
    server: int
    server_name: str
    name: str
    """ Provider identifier in the Claw config (e.g. 'minimax') """
    base_url: str
    """ Provider API endpoint (e.g. https://api.minimax.io/anthropic) """
    api_type: str
    """ Claw provider API type (e.g. 'openai-completions', 'anthropic-messages'). """
    credential_name: str
    """ Name of the LLMCredential to resolve the API key from """
    last_provider_push: datetime.datetime | None
    last_provider_push_status: None | str
    credential_resolved: bool
    """ Check if the referenced LLMCredential exists for this platform. """
    credential_key: str | Unset = UNSET
    """ Key within the LLMCredential value JSON to extract the API key """
    model_catalog: Any | Unset = UNSET
    """ List of {"id": "...", "name": "..."} entries for the provider model catalog """
    enabled: bool | Unset = UNSET
    models_mode: str | Unset = UNSET
    """ 'merge' adds to built-in models, 'replace' uses only configured providers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        server = self.server

        server_name = self.server_name

        name = self.name

        base_url = self.base_url

        api_type = self.api_type

        credential_name = self.credential_name

        last_provider_push: None | str
        if isinstance(self.last_provider_push, datetime.datetime):
            last_provider_push = self.last_provider_push.isoformat()
        else:
            last_provider_push = self.last_provider_push

        last_provider_push_status: None | str
        last_provider_push_status = self.last_provider_push_status

        credential_resolved = self.credential_resolved

        credential_key = self.credential_key

        model_catalog = self.model_catalog

        enabled = self.enabled

        models_mode = self.models_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "server": server,
                "server_name": server_name,
                "name": name,
                "base_url": base_url,
                "api_type": api_type,
                "credential_name": credential_name,
                "last_provider_push": last_provider_push,
                "last_provider_push_status": last_provider_push_status,
                "credential_resolved": credential_resolved,
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
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        server = d.pop("server")
        if not isinstance(server, int) or server is True or server is False:
            raise FieldError("server", "an integer", server)

        server_name = d.pop("server_name")
        if not isinstance(server_name, str):
            raise FieldError("server_name", "a string", server_name)

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

        def _parse_last_provider_push(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    last_provider_push_type_0 = parse_datetime("last_provider_push_type_0", data)

                    return last_provider_push_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error,
                        within("last_provider_push", member_error, "last_provider_push_type_0"),
                    )
            if error is not None:
                raise error
            raise FieldError("last_provider_push", "a date-time string or null", data)

        last_provider_push = _parse_last_provider_push(d.pop("last_provider_push"))

        def _parse_last_provider_push_status(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("last_provider_push_status", "a string or null", data)

        last_provider_push_status = _parse_last_provider_push_status(
            d.pop("last_provider_push_status")
        )

        credential_resolved = d.pop("credential_resolved")
        if not isinstance(credential_resolved, bool):
            raise FieldError("credential_resolved", "a boolean", credential_resolved)

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

        claw_model_provider = cls(
            id=id,
            server=server,
            server_name=server_name,
            name=name,
            base_url=base_url,
            api_type=api_type,
            credential_name=credential_name,
            last_provider_push=last_provider_push,
            last_provider_push_status=last_provider_push_status,
            credential_resolved=credential_resolved,
            credential_key=credential_key,
            model_catalog=model_catalog,
            enabled=enabled,
            models_mode=models_mode,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        claw_model_provider.additional_properties = additional_properties
        return claw_model_provider

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
