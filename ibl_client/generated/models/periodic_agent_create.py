from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
    parse_datetime,
    parse_uuid,
)
from ..models.previous_agent_status_enum import (
    PreviousAgentStatusEnum,
    check_previous_agent_status_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.periodic_task import PeriodicTask


T = TypeVar("T", bound="PeriodicAgentCreate")


@_attrs_define
class PeriodicAgentCreate:
    id: int
    mentor: UUID
    title: str
    username: str
    task: PeriodicTask
    created_at: datetime.datetime
    modified_at: datetime.datetime
    enabled: bool
    one_off: bool
    platform_key: str
    previous_agent_output: str
    """ This will be fed into the run of this agent as part of its input prompt. """
    description: str | Unset = UNSET
    prompt: str | Unset = UNSET
    """ Prompt for the periodic agent if any. """
    pathway: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    callback_secret: str | Unset = UNSET
    parent_session_id: str | Unset = UNSET
    parent_mentor_id: int | None | Unset = UNSET
    previous_agent: int | None | Unset = UNSET
    """ Agent that needs to run before the current agent runs. """
    previous_agent_status: PreviousAgentStatusEnum | Unset = UNSET
    """ * `success` - Success
    * `error` - Error
    * `running` - Running
    * `pending` - Pending """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor = str(self.mentor)

        title = self.title

        username = self.username

        task = self.task.to_dict()

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        enabled = self.enabled

        one_off = self.one_off

        platform_key = self.platform_key

        previous_agent_output = self.previous_agent_output

        description = self.description

        prompt = self.prompt

        pathway = self.pathway

        callback_url = self.callback_url

        callback_secret = self.callback_secret

        parent_session_id = self.parent_session_id

        parent_mentor_id: int | None | Unset
        if isinstance(self.parent_mentor_id, Unset):
            parent_mentor_id = UNSET
        else:
            parent_mentor_id = self.parent_mentor_id

        previous_agent: int | None | Unset
        if isinstance(self.previous_agent, Unset):
            previous_agent = UNSET
        else:
            previous_agent = self.previous_agent

        previous_agent_status: str | Unset = UNSET
        if not isinstance(self.previous_agent_status, Unset):
            previous_agent_status = self.previous_agent_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mentor": mentor,
                "title": title,
                "username": username,
                "task": task,
                "created_at": created_at,
                "modified_at": modified_at,
                "enabled": enabled,
                "one_off": one_off,
                "platform_key": platform_key,
                "previous_agent_output": previous_agent_output,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if pathway is not UNSET:
            field_dict["pathway"] = pathway
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_secret is not UNSET:
            field_dict["callback_secret"] = callback_secret
        if parent_session_id is not UNSET:
            field_dict["parent_session_id"] = parent_session_id
        if parent_mentor_id is not UNSET:
            field_dict["parent_mentor_id"] = parent_mentor_id
        if previous_agent is not UNSET:
            field_dict["previous_agent"] = previous_agent
        if previous_agent_status is not UNSET:
            field_dict["previous_agent_status"] = previous_agent_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.periodic_task import PeriodicTask  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        mentor = parse_uuid("mentor", d.pop("mentor"))

        title = d.pop("title")
        if not isinstance(title, str):
            raise FieldError("title", "a string", title)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        task = nested("task", PeriodicTask, d.pop("task"))

        created_at = parse_datetime("created_at", d.pop("created_at"))

        modified_at = parse_datetime("modified_at", d.pop("modified_at"))

        enabled = d.pop("enabled")
        if not isinstance(enabled, bool):
            raise FieldError("enabled", "a boolean", enabled)

        one_off = d.pop("one_off")
        if not isinstance(one_off, bool):
            raise FieldError("one_off", "a boolean", one_off)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        previous_agent_output = d.pop("previous_agent_output")
        if not isinstance(previous_agent_output, str):
            raise FieldError("previous_agent_output", "a string", previous_agent_output)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        prompt = d.pop("prompt", UNSET)
        if not isinstance(prompt, (str, Unset)):
            raise FieldError("prompt", "a string", prompt)

        pathway = d.pop("pathway", UNSET)
        if not isinstance(pathway, (str, Unset)):
            raise FieldError("pathway", "a string", pathway)

        callback_url = d.pop("callback_url", UNSET)
        if not isinstance(callback_url, (str, Unset)):
            raise FieldError("callback_url", "a string", callback_url)

        callback_secret = d.pop("callback_secret", UNSET)
        if not isinstance(callback_secret, (str, Unset)):
            raise FieldError("callback_secret", "a string", callback_secret)

        parent_session_id = d.pop("parent_session_id", UNSET)
        if not isinstance(parent_session_id, (str, Unset)):
            raise FieldError("parent_session_id", "a string", parent_session_id)

        def _parse_parent_mentor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("parent_mentor_id", "an integer or null", data)

        parent_mentor_id = _parse_parent_mentor_id(d.pop("parent_mentor_id", UNSET))

        def _parse_previous_agent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("previous_agent", "an integer or null", data)

        previous_agent = _parse_previous_agent(d.pop("previous_agent", UNSET))

        _previous_agent_status = d.pop("previous_agent_status", UNSET)
        previous_agent_status: PreviousAgentStatusEnum | Unset
        if isinstance(_previous_agent_status, Unset):
            previous_agent_status = UNSET
        else:
            previous_agent_status = check_previous_agent_status_enum(
                _previous_agent_status, "previous_agent_status"
            )

        periodic_agent_create = cls(
            id=id,
            mentor=mentor,
            title=title,
            username=username,
            task=task,
            created_at=created_at,
            modified_at=modified_at,
            enabled=enabled,
            one_off=one_off,
            platform_key=platform_key,
            previous_agent_output=previous_agent_output,
            description=description,
            prompt=prompt,
            pathway=pathway,
            callback_url=callback_url,
            callback_secret=callback_secret,
            parent_session_id=parent_session_id,
            parent_mentor_id=parent_mentor_id,
            previous_agent=previous_agent,
            previous_agent_status=previous_agent_status,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        periodic_agent_create.additional_properties = additional_properties
        return periodic_agent_create

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
