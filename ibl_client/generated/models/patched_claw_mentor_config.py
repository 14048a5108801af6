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

T = TypeVar("T", bound="PatchedClawMentorConfig")


@_attrs_define
class PatchedClawMentorConfig:
    id: int | Unset = UNSET
    mentor: UUID | Unset = UNSET
    server: int | Unset = UNSET
    server_name: str | Unset = UNSET
    agent_config: Any | Unset = UNSET
    enabled: bool | Unset = UNSET
    auto_push: bool | Unset = UNSET
    """ When True, saving the mentor's AgentConfig should trigger an async config push. Signal/hook not yet wired —
    currently a flag for future use. """
    last_config_push: datetime.datetime | None | Unset = UNSET
    last_config_push_status: None | str | Unset = UNSET
    last_push_warnings: Any | Unset = UNSET
    """ Security warnings from last config push (baseline verification). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor: str | Unset = UNSET
        if not isinstance(self.mentor, Unset):
            mentor = str(self.mentor)

        server = self.server

        server_name = self.server_name

        agent_config = self.agent_config

        enabled = self.enabled

        auto_push = self.auto_push

        last_config_push: None | str | Unset
        if isinstance(self.last_config_push, Unset):
            last_config_push = UNSET
        elif isinstance(self.last_config_push, datetime.datetime):
            last_config_push = self.last_config_push.isoformat()
        else:
            last_config_push = self.last_config_push

        last_config_push_status: None | str | Unset
        if isinstance(self.last_config_push_status, Unset):
            last_config_push_status = UNSET
        else:
            last_config_push_status = self.last_config_push_status

        last_push_warnings = self.last_push_warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if server is not UNSET:
            field_dict["server"] = server
        if server_name is not UNSET:
            field_dict["server_name"] = server_name
        if agent_config is not UNSET:
            field_dict["agent_config"] = agent_config
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if auto_push is not UNSET:
            field_dict["auto_push"] = auto_push
        if last_config_push is not UNSET:
            field_dict["last_config_push"] = last_config_push
        if last_config_push_status is not UNSET:
            field_dict["last_config_push_status"] = last_config_push_status
        if last_push_warnings is not UNSET:
            field_dict["last_push_warnings"] = last_push_warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        _mentor = d.pop("mentor", UNSET)
        mentor: UUID | Unset
        if isinstance(_mentor, Unset):
            mentor = UNSET
        else:
            mentor = parse_uuid("mentor", _mentor)

        server = d.pop("server", UNSET)
        if not isinstance(server, (int, Unset)) or server is True or server is False:
            raise FieldError("server", "an integer", server)

        server_name = d.pop("server_name", UNSET)
        if not isinstance(server_name, (str, Unset)):
            raise FieldError("server_name", "a string", server_name)

        agent_config = d.pop("agent_config", UNSET)

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise FieldError("enabled", "a boolean", enabled)

        auto_push = d.pop("auto_push", UNSET)
        if not isinstance(auto_push, (bool, Unset)):
            raise FieldError("auto_push", "a boolean", auto_push)

        def _parse_last_config_push(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        last_config_push = _parse_last_config_push(d.pop("last_config_push", UNSET))

        def _parse_last_config_push_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("last_config_push_status", "a string or null", data)

        last_config_push_status = _parse_last_config_push_status(
            d.pop("last_config_push_status", UNSET)
        )

        last_push_warnings = d.pop("last_push_warnings", UNSET)

        patched_claw_mentor_config = cls(
            id=id,
            mentor=mentor,
            server=server,
            server_name=server_name,
            agent_config=agent_config,
            enabled=enabled,
            auto_push=auto_push,
            last_config_push=last_config_push,
            last_config_push_status=last_config_push_status,
            last_push_warnings=last_push_warnings,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_claw_mentor_config.additional_properties = additional_properties
        return patched_claw_mentor_config

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
