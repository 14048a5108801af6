from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
    parse_uuid,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedAgentConfig")


@_attrs_define
class PatchedAgentConfig:
    id: int | Unset = UNSET
    mentor: UUID | Unset = UNSET
    identity: str | Unset = UNSET
    """ Agent persona — name, creature type, visual description, vibe (→ IDENTITY.md). """
    soul: str | Unset = UNSET
    """ Behavioral guidelines — personality, communication style, values, boundaries (→ SOUL.md). """
    user_context: str | Unset = UNSET
    """ User-specific preferences and environment details — SSH hosts, device names, TTS voices (→ USER.md). """
    tools: str | Unset = UNSET
    """ Environment-specific reference notes for tool usage — device names, API aliases (→ TOOLS.md). Does not
    control which skills load. """
    agents: str | Unset = UNSET
    """ Multi-agent routing — agent IDs, workspaces, model assignments, channel bindings (→ AGENTS.md). """
    bootstrap: str | Unset = UNSET
    """ One-time first-run ritual — consumed and deleted by instance after use. Stored here for re-push on redeploy
    (→ BOOTSTRAP.md). """
    heartbeat: str | Unset = UNSET
    """ Periodic awareness checklist content. Schedule settings (interval, activeHours) go in config field (→
    HEARTBEAT.md). """
    memory: str | Unset = UNSET
    """ Seed memory — long-term curated facts. Instance may modify its own copy over time (→ MEMORY.md). """
    model: str | Unset = UNSET
    """ LLM model identifier (e.g. anthropic/claude-sonnet-4-5-20250929). """
    config: Any | Unset = UNSET
    """ Instance config patch sent via config.patch RPC — heartbeat schedule, session isolation, skill toggles,
    model fallbacks, etc. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor: str | Unset = UNSET
        if not isinstance(self.mentor, Unset):
            mentor = str(self.mentor)

        identity = self.identity

        soul = self.soul

        user_context = self.user_context

        tools = self.tools

        agents = self.agents

        bootstrap = self.bootstrap

        heartbeat = self.heartbeat

        memory = self.memory

        model = self.model

        config = self.config

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
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if identity is not UNSET:
            field_dict["identity"] = identity
        if soul is not UNSET:
            field_dict["soul"] = soul
        if user_context is not UNSET:
            field_dict["user_context"] = user_context
        if tools is not UNSET:
            field_dict["tools"] = tools
        if agents is not UNSET:
            field_dict["agents"] = agents
        if bootstrap is not UNSET:
            field_dict["bootstrap"] = bootstrap
        if heartbeat is not UNSET:
            field_dict["heartbeat"] = heartbeat
        if memory is not UNSET:
            field_dict["memory"] = memory
        if model is not UNSET:
            field_dict["model"] = model
        if config is not UNSET:
            field_dict["config"] = config
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

        _mentor = d.pop("mentor", UNSET)
        mentor: UUID | Unset
        if isinstance(_mentor, Unset):
            mentor = UNSET
        else:
            mentor = parse_uuid("mentor", _mentor)

        identity = d.pop("identity", UNSET)
        if not isinstance(identity, (str, Unset)):
            raise FieldError("identity", "a string", identity)

        soul = d.pop("soul", UNSET)
        if not isinstance(soul, (str, Unset)):
            raise FieldError("soul", "a string", soul)

        user_context = d.pop("user_context", UNSET)
        if not isinstance(user_context, (str, Unset)):
            raise FieldError("user_context", "a string", user_context)

        tools = d.pop("tools", UNSET)
        if not isinstance(tools, (str, Unset)):
            raise FieldError("tools", "a string", tools)

        agents = d.pop("agents", UNSET)
        if not isinstance(agents, (str, Unset)):
            raise FieldError("agents", "a string", agents)

        bootstrap = d.pop("bootstrap", UNSET)
        if not isinstance(bootstrap, (str, Unset)):
            raise FieldError("bootstrap", "a string", bootstrap)

        heartbeat = d.pop("heartbeat", UNSET)
        if not isinstance(heartbeat, (str, Unset)):
            raise FieldError("heartbeat", "a string", heartbeat)

        memory = d.pop("memory", UNSET)
        if not isinstance(memory, (str, Unset)):
            raise FieldError("memory", "a string", memory)

        model = d.pop("model", UNSET)
        if not isinstance(model, (str, Unset)):
            raise FieldError("model", "a string", model)

        config = d.pop("config", UNSET)

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

        patched_agent_config = cls(
            id=id,
            mentor=mentor,
            identity=identity,
            soul=soul,
            user_context=user_context,
            tools=tools,
            agents=agents,
            bootstrap=bootstrap,
            heartbeat=heartbeat,
            memory=memory,
            model=model,
            config=config,
            created_at=created_at,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_agent_config.additional_properties = additional_properties
        return patched_agent_config

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
