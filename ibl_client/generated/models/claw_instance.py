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
from ..models.claw_instance_status_enum import (
    ClawInstanceStatusEnum,
    check_claw_instance_status_enum,
)
from ..models.claw_type_enum import ClawTypeEnum, check_claw_type_enum
from ..models.deploy_state_enum import DeployStateEnum, check_deploy_state_enum
from ..models.provision_mode_enum import ProvisionModeEnum, check_provision_mode_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClawInstance")


@_attrs_define
class ClawInstance:
    id: int
    name: str
    provision_mode: ProvisionModeEnum
    """ * `managed` - Managed
    * `self_hosted` - Self-hosted """
    server_url: str
    """ HTTPS URL of the Claw worker instance. """
    gateway_token: str
    status: ClawInstanceStatusEnum
    """ * `active` - Active
    * `inactive` - Inactive
    * `error` - Error """
    deploy_state: DeployStateEnum
    """ * `pending` - Pending
    * `deploying` - Deploying
    * `ready` - Ready
    * `teardown` - Teardown
    * `failed` - Failed """
    platform_key: str
    last_health_check: datetime.datetime | None
    last_health_status: None | str
    claw_version: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    claw_type: ClawTypeEnum | Unset = UNSET
    """ * `openclaw` - Openclaw
    * `ironclaw` - Ironclaw """
    deployment_backend: int | None | Unset = UNSET
    """ Backend that deployed this server. Null = manually configured. """
    auth_headers: Any | Unset = UNSET
    """ Per-server auth headers (overrides backend defaults). """
    connection_params: Any | Unset = UNSET
    """ Variant-specific connection parameters (write-only in API). OpenClaw: device_identity.private_key_pem,
    timeouts. IronClaw: typically empty (bearer token covered by gateway_token). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        provision_mode: str = self.provision_mode

        server_url = self.server_url

        gateway_token = self.gateway_token

        status: str = self.status

        deploy_state: str = self.deploy_state

        platform_key = self.platform_key

        last_health_check: None | str
        if isinstance(self.last_health_check, datetime.datetime):
            last_health_check = self.last_health_check.isoformat()
        else:
            last_health_check = self.last_health_check

        last_health_status: None | str
        last_health_status = self.last_health_status

        claw_version: None | str
        claw_version = self.claw_version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        claw_type: str | Unset = UNSET
        if not isinstance(self.claw_type, Unset):
            claw_type = self.claw_type

        deployment_backend: int | None | Unset
        if isinstance(self.deployment_backend, Unset):
            deployment_backend = UNSET
        else:
            deployment_backend = self.deployment_backend

        auth_headers = self.auth_headers

        connection_params = self.connection_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "provision_mode": provision_mode,
                "server_url": server_url,
                "gateway_token": gateway_token,
                "status": status,
                "deploy_state": deploy_state,
                "platform_key": platform_key,
                "last_health_check": last_health_check,
                "last_health_status": last_health_status,
                "claw_version": claw_version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if claw_type is not UNSET:
            field_dict["claw_type"] = claw_type
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
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        provision_mode = check_provision_mode_enum(d.pop("provision_mode"), "provision_mode")

        server_url = d.pop("server_url")
        if not isinstance(server_url, str):
            raise FieldError("server_url", "a string", server_url)

        gateway_token = d.pop("gateway_token")
        if not isinstance(gateway_token, str):
            raise FieldError("gateway_token", "a string", gateway_token)

        status = check_claw_instance_status_enum(d.pop("status"), "status")

        deploy_state = check_deploy_state_enum(d.pop("deploy_state"), "deploy_state")

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        def _parse_last_health_check(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    last_health_check_type_0 = parse_datetime("last_health_check_type_0", data)

                    return last_health_check_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("last_health_check", member_error, "last_health_check_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("last_health_check", "a date-time string or null", data)

        last_health_check = _parse_last_health_check(d.pop("last_health_check"))

        def _parse_last_health_status(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("last_health_status", "a string or null", data)

        last_health_status = _parse_last_health_status(d.pop("last_health_status"))

        def _parse_claw_version(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("claw_version", "a string or null", data)

        claw_version = _parse_claw_version(d.pop("claw_version"))

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        _claw_type = d.pop("claw_type", UNSET)
        claw_type: ClawTypeEnum | Unset
        if isinstance(_claw_type, Unset):
            claw_type = UNSET
        else:
            claw_type = check_claw_type_enum(_claw_type, "claw_type")

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

        claw_instance = cls(
            id=id,
            name=name,
            provision_mode=provision_mode,
            server_url=server_url,
            gateway_token=gateway_token,
            status=status,
            deploy_state=deploy_state,
            platform_key=platform_key,
            last_health_check=last_health_check,
            last_health_status=last_health_status,
            claw_version=claw_version,
            created_at=created_at,
            updated_at=updated_at,
            claw_type=claw_type,
            deployment_backend=deployment_backend,
            auth_headers=auth_headers,
            connection_params=connection_params,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        claw_instance.additional_properties = additional_properties
        return claw_instance

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
