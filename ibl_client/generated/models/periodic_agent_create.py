from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        mentor = UUID(d.pop("mentor"))

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        username = d.pop("username")
        if not isinstance(username, str):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        task = PeriodicTask.from_dict(d.pop("task"))

        created_at = datetime.datetime.fromisoformat(
            d.pop("created_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        modified_at = datetime.datetime.fromisoformat(
            d.pop("modified_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        enabled = d.pop("enabled")
        if not isinstance(enabled, bool):
            raise TypeError(f"enabled: expected a boolean, got {type(enabled).__name__}")

        one_off = d.pop("one_off")
        if not isinstance(one_off, bool):
            raise TypeError(f"one_off: expected a boolean, got {type(one_off).__name__}")

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        previous_agent_output = d.pop("previous_agent_output")
        if not isinstance(previous_agent_output, str):
            raise TypeError(
                f"previous_agent_output: expected a string, got {type(previous_agent_output).__name__}"
            )

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        prompt = d.pop("prompt", UNSET)
        if not isinstance(prompt, (str, Unset)):
            raise TypeError(f"prompt: expected a string, got {type(prompt).__name__}")

        pathway = d.pop("pathway", UNSET)
        if not isinstance(pathway, (str, Unset)):
            raise TypeError(f"pathway: expected a string, got {type(pathway).__name__}")

        callback_url = d.pop("callback_url", UNSET)
        if not isinstance(callback_url, (str, Unset)):
            raise TypeError(f"callback_url: expected a string, got {type(callback_url).__name__}")

        callback_secret = d.pop("callback_secret", UNSET)
        if not isinstance(callback_secret, (str, Unset)):
            raise TypeError(
                f"callback_secret: expected a string, got {type(callback_secret).__name__}"
            )

        parent_session_id = d.pop("parent_session_id", UNSET)
        if not isinstance(parent_session_id, (str, Unset)):
            raise TypeError(
                f"parent_session_id: expected a string, got {type(parent_session_id).__name__}"
            )

        def _parse_parent_mentor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                parent_mentor_id_type_0 = data
                if (
                    not isinstance(parent_mentor_id_type_0, int)
                    or parent_mentor_id_type_0 is True
                    or parent_mentor_id_type_0 is False
                ):
                    raise TypeError(
                        f"parent_mentor_id_type_0: expected an integer, got {type(parent_mentor_id_type_0).__name__}"
                    )

                return parent_mentor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            parent_mentor_id_type_1 = data

            return parent_mentor_id_type_1

        parent_mentor_id = _parse_parent_mentor_id(d.pop("parent_mentor_id", UNSET))

        def _parse_previous_agent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                previous_agent_type_0 = data
                if (
                    not isinstance(previous_agent_type_0, int)
                    or previous_agent_type_0 is True
                    or previous_agent_type_0 is False
                ):
                    raise TypeError(
                        f"previous_agent_type_0: expected an integer, got {type(previous_agent_type_0).__name__}"
                    )

                return previous_agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            previous_agent_type_1 = data

            return previous_agent_type_1

        previous_agent = _parse_previous_agent(d.pop("previous_agent", UNSET))

        _previous_agent_status = d.pop("previous_agent_status", UNSET)
        previous_agent_status: PreviousAgentStatusEnum | Unset
        if isinstance(_previous_agent_status, Unset):
            previous_agent_status = UNSET
        else:
            previous_agent_status = check_previous_agent_status_enum(_previous_agent_status)

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
