from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_uuid,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedClawMentorConfigRequest")


@_attrs_define
class PatchedClawMentorConfigRequest:
    mentor: UUID | Unset = UNSET
    server: int | Unset = UNSET
    agent_config: Any | Unset = UNSET
    enabled: bool | Unset = UNSET
    auto_push: bool | Unset = UNSET
    """ When True, saving the mentor's AgentConfig should trigger an async config push. Signal/hook not yet wired —
    currently a flag for future use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor: str | Unset = UNSET
        if not isinstance(self.mentor, Unset):
            mentor = str(self.mentor)

        server = self.server

        agent_config = self.agent_config

        enabled = self.enabled

        auto_push = self.auto_push

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if server is not UNSET:
            field_dict["server"] = server
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
        _mentor = d.pop("mentor", UNSET)
        mentor: UUID | Unset
        if isinstance(_mentor, Unset):
            mentor = UNSET
        else:
            mentor = parse_uuid("mentor", _mentor)

        server = d.pop("server", UNSET)
        if not isinstance(server, (int, Unset)) or server is True or server is False:
            raise FieldError("server", "an integer", server)

        agent_config = d.pop("agent_config", UNSET)

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise FieldError("enabled", "a boolean", enabled)

        auto_push = d.pop("auto_push", UNSET)
        if not isinstance(auto_push, (bool, Unset)):
            raise FieldError("auto_push", "a boolean", auto_push)

        patched_claw_mentor_config_request = cls(
            mentor=mentor,
            server=server,
            agent_config=agent_config,
            enabled=enabled,
            auto_push=auto_push,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_claw_mentor_config_request.additional_properties = additional_properties
        return patched_claw_mentor_config_request

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
