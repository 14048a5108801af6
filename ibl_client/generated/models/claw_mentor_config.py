from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_datetime,
    parse_uuid,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClawMentorConfig")


@_attrs_define
class ClawMentorConfig:
    id: int
    mentor: UUID
    server: int
    server_name: str
    last_config_push: datetime.datetime | None
    last_config_push_status: None | str
    last_push_warnings: Any
    """ Security warnings from last config push (baseline verification). """
    agent_config: Any | Unset = UNSET
    enabled: bool | Unset = UNSET
    auto_push: bool | Unset = UNSET
    """ When True, saving the mentor's AgentConfig should trigger an async config push. Signal/hook not yet wired —
    currently a flag for future use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor = str(self.mentor)

        server = self.server

        server_name = self.server_name

        last_config_push: None | str
        if isinstance(self.last_config_push, datetime.datetime):
            last_config_push = self.last_config_push.isoformat()
        else:
            last_config_push = self.last_config_push

        last_config_push_status: None | str
        last_config_push_status = self.last_config_push_status

        last_push_warnings = self.last_push_warnings

        agent_config = self.agent_config

        enabled = self.enabled

        auto_push = self.auto_push

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mentor": mentor,
                "server": server,
                "server_name": server_name,
                "last_config_push": last_config_push,
                "last_config_push_status": last_config_push_status,
                "last_push_warnings": last_push_warnings,
            }
        )
        if agent_config is not UNSET:
            field_dict["agent_config"] = agent_config
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if auto_push is not UNSET:
            field_dict["auto_push"] = auto_push

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        mentor = parse_uuid("mentor", d.pop("mentor"))

        server = d.pop("server")
        if not isinstance(server, int) or server is True or server is False:
            raise FieldError("server", "an integer", server)

        server_name = d.pop("server_name")
        if not isinstance(server_name, str):
            raise FieldError("server_name", "a string", server_name)

        def _parse_last_config_push(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    last_config_push_type_0 = parse_datetime("last_config_push_type_0", data)

                    return last_config_push_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("last_config_push", member_error, "last_config_push_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("last_config_push", "a date-time string or null", data)

        last_config_push = _parse_last_config_push(d.pop("last_config_push"))

        def _parse_last_config_push_status(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("last_config_push_status", "a string or null", data)

        last_config_push_status = _parse_last_config_push_status(d.pop("last_config_push_status"))

        last_push_warnings = d.pop("last_push_warnings")

        agent_config = d.pop("agent_config", UNSET)

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise FieldError("enabled", "a boolean", enabled)

        auto_push = d.pop("auto_push", UNSET)
        if not isinstance(auto_push, (bool, Unset)):
            raise FieldError("auto_push", "a boolean", auto_push)

        claw_mentor_config = cls(
            id=id,
            mentor=mentor,
            server=server,
            server_name=server_name,
            last_config_push=last_config_push,
            last_config_push_status=last_config_push_status,
            last_push_warnings=last_push_warnings,
            agent_config=agent_config,
            enabled=enabled,
            auto_push=auto_push,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        claw_mentor_config.additional_properties = additional_properties
        return claw_mentor_config

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
