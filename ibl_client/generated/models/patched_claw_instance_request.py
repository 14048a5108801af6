from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.claw_type_enum import ClawTypeEnum, check_claw_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedClawInstanceRequest")


@_attrs_define
class PatchedClawInstanceRequest:
    name: str | Unset = UNSET
    claw_type: ClawTypeEnum | Unset = UNSET
    """ * `openclaw` - Openclaw
    * `ironclaw` - Ironclaw """
    server_url: str | Unset = UNSET
    """ HTTPS URL of the Claw worker instance. """
    gateway_token: str | Unset = UNSET
    deployment_backend: int | None | Unset = UNSET
    """ Backend that deployed this server. Null = manually configured. """
    auth_headers: Any | Unset = UNSET
    """ Per-server auth headers (overrides backend defaults). """
    connection_params: Any | Unset = UNSET
    """ Variant-specific connection parameters (write-only in API). OpenClaw: device_identity.private_key_pem,
    timeouts. IronClaw: typically empty (bearer token covered by gateway_token). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        claw_type: str | Unset = UNSET
        if not isinstance(self.claw_type, Unset):
            claw_type = self.claw_type

        server_url = self.server_url

        gateway_token = self.gateway_token

        deployment_backend: int | None | Unset
        if isinstance(self.deployment_backend, Unset):
            deployment_backend = UNSET
        else:
            deployment_backend = self.deployment_backend

        auth_headers = self.auth_headers

        connection_params = self.connection_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if claw_type is not UNSET:
            field_dict["claw_type"] = claw_type
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if gateway_token is not UNSET:
            field_dict["gateway_token"] = gateway_token
        if deployment_backend is not UNSET:
            field_dict["deployment_backend"] = deployment_backend
        if auth_headers is not UNSET:
            field_dict["auth_headers"] = auth_headers
        if connection_params is not UNSET:
            field_dict["connection_params"] = connection_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        _claw_type = d.pop("claw_type", UNSET)
        claw_type: ClawTypeEnum | Unset
        if isinstance(_claw_type, Unset):
            claw_type = UNSET
        else:
            claw_type = check_claw_type_enum(_claw_type, "claw_type")

        server_url = d.pop("server_url", UNSET)
        if not isinstance(server_url, (str, Unset)):
            raise FieldError("server_url", "a string", server_url)

        gateway_token = d.pop("gateway_token", UNSET)
        if not isinstance(gateway_token, (str, Unset)):
            raise FieldError("gateway_token", "a string", gateway_token)

        def _parse_deployment_backend(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("deployment_backend", "an integer or null", data)

        deployment_backend = _parse_deployment_backend(d.pop("deployment_backend", UNSET))

        auth_headers = d.pop("auth_headers", UNSET)

        connection_params = d.pop("connection_params", UNSET)

        patched_claw_instance_request = cls(
            name=name,
            claw_type=claw_type,
            server_url=server_url,
            gateway_token=gateway_token,
            deployment_backend=deployment_backend,
            auth_headers=auth_headers,
            connection_params=connection_params,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_claw_instance_request.additional_properties = additional_properties
        return patched_claw_instance_request

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
