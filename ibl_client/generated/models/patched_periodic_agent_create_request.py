from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
    parse_uuid,
)
from ..models.previous_agent_status_enum import (
    PreviousAgentStatusEnum,
    check_previous_agent_status_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.periodic_task_request import PeriodicTaskRequest


T = TypeVar("T", bound="PatchedPeriodicAgentCreateRequest")


@_attrs_define
class PatchedPeriodicAgentCreateRequest:
    mentor: UUID | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    prompt: str | Unset = UNSET
    """ Prompt for the periodic agent if any. """
    task: PeriodicTaskRequest | Unset = UNSET
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
        mentor: str | Unset = UNSET
        if not isinstance(self.mentor, Unset):
            mentor = str(self.mentor)

        title = self.title

        description = self.description

        prompt = self.prompt

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

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
        field_dict.update({})
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if task is not UNSET:
            field_dict["task"] = task
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
        from ..models.periodic_task_request import PeriodicTaskRequest  # noqa: PLC0415

        d = dict(src_dict)
        _mentor = d.pop("mentor", UNSET)
        mentor: UUID | Unset
        if isinstance(_mentor, Unset):
            mentor = UNSET
        else:
            mentor = parse_uuid("mentor", _mentor)

        title = d.pop("title", UNSET)
        if not isinstance(title, (str, Unset)):
            raise FieldError("title", "a string", title)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        prompt = d.pop("prompt", UNSET)
        if not isinstance(prompt, (str, Unset)):
            raise FieldError("prompt", "a string", prompt)

        _task = d.pop("task", UNSET)
        task: PeriodicTaskRequest | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = nested("task", PeriodicTaskRequest, _task)

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

        patched_periodic_agent_create_request = cls(
            mentor=mentor,
            title=title,
            description=description,
            prompt=prompt,
            task=task,
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

        patched_periodic_agent_create_request.additional_properties = additional_properties
        return patched_periodic_agent_create_request

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
