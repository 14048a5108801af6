from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRequest")


@_attrs_define
class WorkflowRequest:
    """Serializer for Workflow CRUD operations.

    Provides basic ReactFlow JSON validation (Phase 1) to ensure definitions are renderable, while allowing draft
    workflows that may not be executable.

    Comprehensive execution validation (Phase 2) is available via the validate action endpoint.

    Fields: - All model fields are exposed - Platform and creator are set automatically from URL context - Read-only
    fields: id, unique_id, created_at, updated_at - Chat settings (chat_name, chat_greeting, etc.) update the
    entry_mentor

    """

    name: str
    definition: Any
    """ Workflow definition in ReactFlow format """
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
        name = self.name

        definition = self.definition

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
                "name": name,
                "definition": definition,
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
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        definition = d.pop("definition")

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

        workflow_request = cls(
            name=name,
            definition=definition,
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

        workflow_request.additional_properties = additional_properties
        return workflow_request

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
