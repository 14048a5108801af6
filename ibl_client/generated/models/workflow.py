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

T = TypeVar("T", bound="Workflow")


@_attrs_define
class Workflow:
    """Serializer for Workflow CRUD operations.

    Provides basic ReactFlow JSON validation (Phase 1) to ensure definitions are renderable, while allowing draft
    workflows that may not be executable.

    Comprehensive execution validation (Phase 2) is available via the validate action endpoint.

    Fields: - All model fields are exposed - Platform and creator are set automatically from URL context - Read-only
    fields: id, unique_id, created_at, updated_at - Chat settings (chat_name, chat_greeting, etc.) update the
    entry_mentor

    """

    id: int
    unique_id: UUID
    name: str
    definition: Any
    """ Workflow definition in ReactFlow format """
    platform: int
    platform_key: str
    platform_name: str
    created_by: int
    """ edX user ID """
    created_by_username: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    node_count: int
    """ Get the number of nodes in the workflow definition. """
    edge_count: int
    """ Get the number of edges in the workflow definition. """
    entry_mentor_id: UUID
    description: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_template: bool | Unset = UNSET
    parent_workflow: int | None | Unset = UNSET
    """ Parent workflow if this is a template variant """
    chat_name: str | Unset = UNSET
    """ Display name for chat (updates entry_mentor.name) """
    chat_proactive_response: str | Unset = UNSET
    """ Proactive greeting message for chat (updates entry_mentor.proactive_response) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        unique_id = str(self.unique_id)

        name = self.name

        definition = self.definition

        platform = self.platform

        platform_key = self.platform_key

        platform_name = self.platform_name

        created_by = self.created_by

        created_by_username = self.created_by_username

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        node_count = self.node_count

        edge_count = self.edge_count

        entry_mentor_id = str(self.entry_mentor_id)

        description = self.description

        is_active = self.is_active

        is_template = self.is_template

        parent_workflow: int | None | Unset
        if isinstance(self.parent_workflow, Unset):
            parent_workflow = UNSET
        else:
            parent_workflow = self.parent_workflow

        chat_name = self.chat_name

        chat_proactive_response = self.chat_proactive_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "unique_id": unique_id,
                "name": name,
                "definition": definition,
                "platform": platform,
                "platform_key": platform_key,
                "platform_name": platform_name,
                "created_by": created_by,
                "created_by_username": created_by_username,
                "created_at": created_at,
                "updated_at": updated_at,
                "node_count": node_count,
                "edge_count": edge_count,
                "entry_mentor_id": entry_mentor_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_template is not UNSET:
            field_dict["is_template"] = is_template
        if parent_workflow is not UNSET:
            field_dict["parent_workflow"] = parent_workflow
        if chat_name is not UNSET:
            field_dict["chat_name"] = chat_name
        if chat_proactive_response is not UNSET:
            field_dict["chat_proactive_response"] = chat_proactive_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        unique_id = parse_uuid("unique_id", d.pop("unique_id"))

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        definition = d.pop("definition")

        platform = d.pop("platform")
        if not isinstance(platform, int) or platform is True or platform is False:
            raise FieldError("platform", "an integer", platform)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        platform_name = d.pop("platform_name")
        if not isinstance(platform_name, str):
            raise FieldError("platform_name", "a string", platform_name)

        created_by = d.pop("created_by")
        if not isinstance(created_by, int) or created_by is True or created_by is False:
            raise FieldError("created_by", "an integer", created_by)

        created_by_username = d.pop("created_by_username")
        if not isinstance(created_by_username, str):
            raise FieldError("created_by_username", "a string", created_by_username)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        node_count = d.pop("node_count")
        if not isinstance(node_count, int) or node_count is True or node_count is False:
            raise FieldError("node_count", "an integer", node_count)

        edge_count = d.pop("edge_count")
        if not isinstance(edge_count, int) or edge_count is True or edge_count is False:
            raise FieldError("edge_count", "an integer", edge_count)

        entry_mentor_id = parse_uuid("entry_mentor_id", d.pop("entry_mentor_id"))

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

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

        chat_name = d.pop("chat_name", UNSET)
        if not isinstance(chat_name, (str, Unset)):
            raise FieldError("chat_name", "a string", chat_name)

        chat_proactive_response = d.pop("chat_proactive_response", UNSET)
        if not isinstance(chat_proactive_response, (str, Unset)):
            raise FieldError("chat_proactive_response", "a string", chat_proactive_response)

        workflow = cls(
            id=id,
            unique_id=unique_id,
            name=name,
            definition=definition,
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
            description=description,
            is_active=is_active,
            is_template=is_template,
            parent_workflow=parent_workflow,
            chat_name=chat_name,
            chat_proactive_response=chat_proactive_response,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        workflow.additional_properties = additional_properties
        return workflow

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
