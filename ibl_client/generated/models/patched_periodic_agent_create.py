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


T = TypeVar("T", bound="PatchedPeriodicAgentCreate")


@_attrs_define
class PatchedPeriodicAgentCreate:
    id: int | Unset = UNSET
    mentor: UUID | Unset = UNSET
    title: str | Unset = UNSET
    username: str | Unset = UNSET
    description: str | Unset = UNSET
    prompt: str | Unset = UNSET
    """ Prompt for the periodic agent if any. """
    task: PeriodicTask | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    modified_at: datetime.datetime | Unset = UNSET
    enabled: bool | Unset = UNSET
    one_off: bool | Unset = UNSET
    platform_key: str | Unset = UNSET
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
    previous_agent_output: str | Unset = UNSET
    """ This will be fed into the run of this agent as part of its input prompt. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor: str | Unset = UNSET
        if not isinstance(self.mentor, Unset):
            mentor = str(self.mentor)

        title = self.title

        username = self.username

        description = self.description

        prompt = self.prompt

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = self.modified_at.isoformat()

        enabled = self.enabled

        one_off = self.one_off

        platform_key = self.platform_key

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

        previous_agent_output = self.previous_agent_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if title is not UNSET:
            field_dict["title"] = title
        if username is not UNSET:
            field_dict["username"] = username
        if description is not UNSET:
            field_dict["description"] = description
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if task is not UNSET:
            field_dict["task"] = task
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if one_off is not UNSET:
            field_dict["one_off"] = one_off
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
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
        if previous_agent_output is not UNSET:
            field_dict["previous_agent_output"] = previous_agent_output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.periodic_task import PeriodicTask  # noqa: PLC0415

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

        title = d.pop("title", UNSET)
        if not isinstance(title, (str, Unset)):
            raise FieldError("title", "a string", title)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        prompt = d.pop("prompt", UNSET)
        if not isinstance(prompt, (str, Unset)):
            raise FieldError("prompt", "a string", prompt)

        _task = d.pop("task", UNSET)
        task: PeriodicTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = nested("task", PeriodicTask, _task)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime("created_at", _created_at)

        _modified_at = d.pop("modified_at", UNSET)
        modified_at: datetime.datetime | Unset
        if isinstance(_modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = parse_datetime("modified_at", _modified_at)

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise FieldError("enabled", "a boolean", enabled)

        one_off = d.pop("one_off", UNSET)
        if not isinstance(one_off, (bool, Unset)):
            raise FieldError("one_off", "a boolean", one_off)

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

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

        previous_agent_output = d.pop("previous_agent_output", UNSET)
        if not isinstance(previous_agent_output, (str, Unset)):
            raise FieldError("previous_agent_output", "a string", previous_agent_output)

        patched_periodic_agent_create = cls(
            id=id,
            mentor=mentor,
            title=title,
            username=username,
            description=description,
            prompt=prompt,
            task=task,
            created_at=created_at,
            modified_at=modified_at,
            enabled=enabled,
            one_off=one_off,
            platform_key=platform_key,
            pathway=pathway,
            callback_url=callback_url,
            callback_secret=callback_secret,
            parent_session_id=parent_session_id,
            parent_mentor_id=parent_mentor_id,
            previous_agent=previous_agent,
            previous_agent_status=previous_agent_status,
            previous_agent_output=previous_agent_output,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_periodic_agent_create.additional_properties = additional_properties
        return patched_periodic_agent_create

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
