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

T = TypeVar("T", bound="AgentConfigRequest")


@_attrs_define
class AgentConfigRequest:
    mentor: UUID
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor": mentor,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mentor = parse_uuid("mentor", d.pop("mentor"))

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

        agent_config_request = cls(
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
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        agent_config_request.additional_properties = additional_properties
        return agent_config_request

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
