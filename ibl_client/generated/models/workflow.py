from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        unique_id = UUID(d.pop("unique_id"))

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        definition = d.pop("definition")

        platform = d.pop("platform")
        if not isinstance(platform, int) or platform is True or platform is False:
            raise TypeError(f"platform: expected an integer, got {type(platform).__name__}")

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        platform_name = d.pop("platform_name")
        if not isinstance(platform_name, str):
            raise TypeError(f"platform_name: expected a string, got {type(platform_name).__name__}")

        created_by = d.pop("created_by")
        if not isinstance(created_by, int) or created_by is True or created_by is False:
            raise TypeError(f"created_by: expected an integer, got {type(created_by).__name__}")

        created_by_username = d.pop("created_by_username")
        if not isinstance(created_by_username, str):
            raise TypeError(
                f"created_by_username: expected a string, got {type(created_by_username).__name__}"
            )

        created_at = datetime.datetime.fromisoformat(
            d.pop("created_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        updated_at = datetime.datetime.fromisoformat(
            d.pop("updated_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        node_count = d.pop("node_count")
        if not isinstance(node_count, int) or node_count is True or node_count is False:
            raise TypeError(f"node_count: expected an integer, got {type(node_count).__name__}")

        edge_count = d.pop("edge_count")
        if not isinstance(edge_count, int) or edge_count is True or edge_count is False:
            raise TypeError(f"edge_count: expected an integer, got {type(edge_count).__name__}")

        entry_mentor_id = UUID(d.pop("entry_mentor_id"))

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        is_active = d.pop("is_active", UNSET)
        if not isinstance(is_active, (bool, Unset)):
            raise TypeError(f"is_active: expected a boolean, got {type(is_active).__name__}")

        is_template = d.pop("is_template", UNSET)
        if not isinstance(is_template, (bool, Unset)):
            raise TypeError(f"is_template: expected a boolean, got {type(is_template).__name__}")

        def _parse_parent_workflow(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                parent_workflow_type_0 = data
                if (
                    not isinstance(parent_workflow_type_0, int)
                    or parent_workflow_type_0 is True
                    or parent_workflow_type_0 is False
                ):
                    raise TypeError(
                        f"parent_workflow_type_0: expected an integer, got {type(parent_workflow_type_0).__name__}"
                    )

                return parent_workflow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            parent_workflow_type_1 = data

            return parent_workflow_type_1

        parent_workflow = _parse_parent_workflow(d.pop("parent_workflow", UNSET))

        chat_name = d.pop("chat_name", UNSET)
        if not isinstance(chat_name, (str, Unset)):
            raise TypeError(f"chat_name: expected a string, got {type(chat_name).__name__}")

        chat_proactive_response = d.pop("chat_proactive_response", UNSET)
        if not isinstance(chat_proactive_response, (str, Unset)):
            raise TypeError(
                f"chat_proactive_response: expected a string, got {type(chat_proactive_response).__name__}"
            )

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
