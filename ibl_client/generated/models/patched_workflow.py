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

T = TypeVar("T", bound="PatchedWorkflow")


@_attrs_define
class PatchedWorkflow:
    """Serializer for Workflow CRUD operations.

    Provides basic ReactFlow JSON validation (Phase 1) to ensure definitions are renderable, while allowing draft
    workflows that may not be executable.

    Comprehensive execution validation (Phase 2) is available via the validate action endpoint.

    Fields: - All model fields are exposed - Platform and creator are set automatically from URL context - Read-only
    fields: id, unique_id, created_at, updated_at - Chat settings (chat_name, chat_greeting, etc.) update the
    entry_mentor

    """

    id: int | Unset = UNSET
    unique_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    definition: Any | Unset = UNSET
    """ Workflow definition in ReactFlow format """
    is_active: bool | Unset = UNSET
    is_template: bool | Unset = UNSET
    parent_workflow: int | None | Unset = UNSET
    """ Parent workflow if this is a template variant """
    platform: int | Unset = UNSET
    platform_key: str | Unset = UNSET
    platform_name: str | Unset = UNSET
    created_by: int | Unset = UNSET
    """ edX user ID """
    created_by_username: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    node_count: int | Unset = UNSET
    """ Get the number of nodes in the workflow definition. """
    edge_count: int | Unset = UNSET
    """ Get the number of edges in the workflow definition. """
    entry_mentor_id: UUID | Unset = UNSET
    chat_name: str | Unset = UNSET
    """ Display name for chat (updates entry_mentor.name) """
    chat_proactive_response: str | Unset = UNSET
    """ Proactive greeting message for chat (updates entry_mentor.proactive_response) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        unique_id: str | Unset = UNSET
        if not isinstance(self.unique_id, Unset):
            unique_id = str(self.unique_id)

        name = self.name

        description = self.description

        definition = self.definition

        is_active = self.is_active

        is_template = self.is_template

        parent_workflow: int | None | Unset
        if isinstance(self.parent_workflow, Unset):
            parent_workflow = UNSET
        else:
            parent_workflow = self.parent_workflow

        platform = self.platform

        platform_key = self.platform_key

        platform_name = self.platform_name

        created_by = self.created_by

        created_by_username = self.created_by_username

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        node_count = self.node_count

        edge_count = self.edge_count

        entry_mentor_id: str | Unset = UNSET
        if not isinstance(self.entry_mentor_id, Unset):
            entry_mentor_id = str(self.entry_mentor_id)

        chat_name = self.chat_name

        chat_proactive_response = self.chat_proactive_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if definition is not UNSET:
            field_dict["definition"] = definition
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_template is not UNSET:
            field_dict["is_template"] = is_template
        if parent_workflow is not UNSET:
            field_dict["parent_workflow"] = parent_workflow
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if platform_name is not UNSET:
            field_dict["platform_name"] = platform_name
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_by_username is not UNSET:
            field_dict["created_by_username"] = created_by_username
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if node_count is not UNSET:
            field_dict["node_count"] = node_count
        if edge_count is not UNSET:
            field_dict["edge_count"] = edge_count
        if entry_mentor_id is not UNSET:
            field_dict["entry_mentor_id"] = entry_mentor_id
        if chat_name is not UNSET:
            field_dict["chat_name"] = chat_name
        if chat_proactive_response is not UNSET:
            field_dict["chat_proactive_response"] = chat_proactive_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        _unique_id = d.pop("unique_id", UNSET)
        unique_id: UUID | Unset
        if isinstance(_unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = parse_uuid("unique_id", _unique_id)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        definition = d.pop("definition", UNSET)

        is_active = d.pop("is_active", UNSET)
        if not isinstance(is_active, (bool, Unset)):
            raise FieldError("is_active", "a boolean", is_active)

        is_template = d.pop("is_template", UNSET)
        if not isinstance(is_template, (bool, Unset)):
            raise FieldError("is_template", "a boolean", is_template)

        def _parse_parent_workflow(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("parent_workflow", "an integer or null", data)

        parent_workflow = _parse_parent_workflow(d.pop("parent_workflow", UNSET))

        platform = d.pop("platform", UNSET)
        if not isinstance(platform, (int, Unset)) or platform is True or platform is False:
            raise FieldError("platform", "an integer", platform)

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        platform_name = d.pop("platform_name", UNSET)
        if not isinstance(platform_name, (str, Unset)):
            raise FieldError("platform_name", "a string", platform_name)

        created_by = d.pop("created_by", UNSET)
        if not isinstance(created_by, (int, Unset)) or created_by is True or created_by is False:
            raise FieldError("created_by", "an integer", created_by)

        created_by_username = d.pop("created_by_username", UNSET)
        if not isinstance(created_by_username, (str, Unset)):
            raise FieldError("created_by_username", "a string", created_by_username)

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

        node_count = d.pop("node_count", UNSET)
        if not isinstance(node_count, (int, Unset)) or node_count is True or node_count is False:
            raise FieldError("node_count", "an integer", node_count)

        edge_count = d.pop("edge_count", UNSET)
        if not isinstance(edge_count, (int, Unset)) or edge_count is True or edge_count is False:
            raise FieldError("edge_count", "an integer", edge_count)

        _entry_mentor_id = d.pop("entry_mentor_id", UNSET)
        entry_mentor_id: UUID | Unset
        if isinstance(_entry_mentor_id, Unset):
            entry_mentor_id = UNSET
        else:
            entry_mentor_id = parse_uuid("entry_mentor_id", _entry_mentor_id)

        chat_name = d.pop("chat_name", UNSET)
        if not isinstance(chat_name, (str, Unset)):
            raise FieldError("chat_name", "a string", chat_name)

        chat_proactive_response = d.pop("chat_proactive_response", UNSET)
        if not isinstance(chat_proactive_response, (str, Unset)):
            raise FieldError("chat_proactive_response", "a string", chat_proactive_response)

        patched_workflow = cls(
            id=id,
            unique_id=unique_id,
            name=name,
            description=description,
            definition=definition,
            is_active=is_active,
            is_template=is_template,
            parent_workflow=parent_workflow,
            platform=platform,
            platform_key=platform_key,
            platform_name=platform_name,
            created_by=created_by,
            created_by_username=created_by_username,
            created_at=created_at,
            updated_at=updated_at,
            node_count=node_count,
            edge_count=edge_count,
            entry_mentor_id=entry_mentor_id,
            chat_name=chat_name,
            chat_proactive_response=chat_proactive_response,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_workflow.additional_properties = additional_properties
        return patched_workflow

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
