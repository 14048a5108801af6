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

T = TypeVar("T", bound="PatchedClawInstance")


@_attrs_define
class PatchedClawInstance:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    claw_type: ClawTypeEnum | Unset = UNSET
    """ * `openclaw` - Openclaw
    * `ironclaw` - Ironclaw """
    provision_mode: ProvisionModeEnum | Unset = UNSET
    """ * `managed` - Managed
    * `self_hosted` - Self-hosted """
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
    status: ClawInstanceStatusEnum | Unset = UNSET
    """ * `active` - Active
    * `inactive` - Inactive
    * `error` - Error """
    deploy_state: DeployStateEnum | Unset = UNSET
    """ * `pending` - Pending
    * `deploying` - Deploying
    * `ready` - Ready
    * `teardown` - Teardown
    * `failed` - Failed """
    platform_key: str | Unset = UNSET
    last_health_check: datetime.datetime | None | Unset = UNSET
    last_health_status: None | str | Unset = UNSET
    claw_version: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        claw_type: str | Unset = UNSET
        if not isinstance(self.claw_type, Unset):
            claw_type = self.claw_type

        provision_mode: str | Unset = UNSET
        if not isinstance(self.provision_mode, Unset):
            provision_mode = self.provision_mode

        server_url = self.server_url

        gateway_token = self.gateway_token

        deployment_backend: int | None | Unset
        if isinstance(self.deployment_backend, Unset):
            deployment_backend = UNSET
        else:
            deployment_backend = self.deployment_backend

        auth_headers = self.auth_headers

        connection_params = self.connection_params

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        deploy_state: str | Unset = UNSET
        if not isinstance(self.deploy_state, Unset):
            deploy_state = self.deploy_state

        platform_key = self.platform_key

        last_health_check: None | str | Unset
        if isinstance(self.last_health_check, Unset):
            last_health_check = UNSET
        elif isinstance(self.last_health_check, datetime.datetime):
            last_health_check = self.last_health_check.isoformat()
        else:
            last_health_check = self.last_health_check

        last_health_status: None | str | Unset
        if isinstance(self.last_health_status, Unset):
            last_health_status = UNSET
        else:
            last_health_status = self.last_health_status

        claw_version: None | str | Unset
        if isinstance(self.claw_version, Unset):
            claw_version = UNSET
        else:
            claw_version = self.claw_version

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if claw_type is not UNSET:
            field_dict["claw_type"] = claw_type
        if provision_mode is not UNSET:
            field_dict["provision_mode"] = provision_mode
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
        if status is not UNSET:
            field_dict["status"] = status
        if deploy_state is not UNSET:
            field_dict["deploy_state"] = deploy_state
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if last_health_check is not UNSET:
            field_dict["last_health_check"] = last_health_check
        if last_health_status is not UNSET:
            field_dict["last_health_status"] = last_health_status
        if claw_version is not UNSET:
            field_dict["claw_version"] = claw_version
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        _claw_type = d.pop("claw_type", UNSET)
        claw_type: ClawTypeEnum | Unset
        if isinstance(_claw_type, Unset):
            claw_type = UNSET
        else:
            claw_type = check_claw_type_enum(_claw_type, "claw_type")

        _provision_mode = d.pop("provision_mode", UNSET)
        provision_mode: ProvisionModeEnum | Unset
        if isinstance(_provision_mode, Unset):
            provision_mode = UNSET
        else:
            provision_mode = check_provision_mode_enum(_provision_mode, "provision_mode")

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

        _status = d.pop("status", UNSET)
        status: ClawInstanceStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_claw_instance_status_enum(_status, "status")

        _deploy_state = d.pop("deploy_state", UNSET)
        deploy_state: DeployStateEnum | Unset
        if isinstance(_deploy_state, Unset):
            deploy_state = UNSET
        else:
            deploy_state = check_deploy_state_enum(_deploy_state, "deploy_state")

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        def _parse_last_health_check(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        last_health_check = _parse_last_health_check(d.pop("last_health_check", UNSET))

        def _parse_last_health_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("last_health_status", "a string or null", data)

        last_health_status = _parse_last_health_status(d.pop("last_health_status", UNSET))

        def _parse_claw_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("claw_version", "a string or null", data)

        claw_version = _parse_claw_version(d.pop("claw_version", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime("created_at", _created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime("updated_at", _updated_at)

        patched_claw_instance = cls(
            id=id,
            name=name,
            claw_type=claw_type,
            provision_mode=provision_mode,
            server_url=server_url,
            gateway_token=gateway_token,
            deployment_backend=deployment_backend,
            auth_headers=auth_headers,
            connection_params=connection_params,
            status=status,
            deploy_state=deploy_state,
            platform_key=platform_key,
            last_health_check=last_health_check,
            last_health_status=last_health_status,
            claw_version=claw_version,
            created_at=created_at,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_claw_instance.additional_properties = additional_properties
        return patched_claw_instance

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
