from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    parse_uuid,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedProjectRequest")


@_attrs_define
class PatchedProjectRequest:
    """Unified serializer for Project model.

    Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the project - mentors_to_remove: List of
    mentor unique IDs to remove from the project

    These fields are mutually exclusive and only used during create/update operations. For create: only mentors_to_add
    is used For update: either can be used, but not both at once

    """

    name: str | Unset = UNSET
    """ Name of the project """
    description: str | Unset = UNSET
    """ Description of the project """
    shared: bool | Unset = UNSET
    """ Whether this project is shared with others or personal """
    mentors_to_add: list[UUID] | Unset = UNSET
    """ List of mentor unique IDs to add to the project """
    mentors_to_remove: list[UUID] | Unset = UNSET
    """ List of mentor unique IDs to remove from the project """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        shared = self.shared

        mentors_to_add: list[str] | Unset = UNSET
        if not isinstance(self.mentors_to_add, Unset):
            mentors_to_add = []
            for mentors_to_add_item_data in self.mentors_to_add:
                mentors_to_add_item = str(mentors_to_add_item_data)
                mentors_to_add.append(mentors_to_add_item)

        mentors_to_remove: list[str] | Unset = UNSET
        if not isinstance(self.mentors_to_remove, Unset):
            mentors_to_remove = []
            for mentors_to_remove_item_data in self.mentors_to_remove:
                mentors_to_remove_item = str(mentors_to_remove_item_data)
                mentors_to_remove.append(mentors_to_remove_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if shared is not UNSET:
            field_dict["shared"] = shared
        if mentors_to_add is not UNSET:
            field_dict["mentors_to_add"] = mentors_to_add
        if mentors_to_remove is not UNSET:
            field_dict["mentors_to_remove"] = mentors_to_remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        shared = d.pop("shared", UNSET)
        if not isinstance(shared, (bool, Unset)):
            raise FieldError("shared", "a boolean", shared)

        _mentors_to_add = d.pop("mentors_to_add", UNSET)
        mentors_to_add: list[UUID] | Unset = UNSET
        if _mentors_to_add is not UNSET:
            if not isinstance(_mentors_to_add, list):
                raise FieldError("mentors_to_add", "an array", _mentors_to_add)
            mentors_to_add = []
            for _mentors_to_add_index, mentors_to_add_item_data in enumerate(_mentors_to_add):
                try:
                    mentors_to_add_item = parse_uuid(
                        "mentors_to_add_item", mentors_to_add_item_data
                    )

                except PARSE_ERRORS as _mentors_to_add_error:
                    raise within(
                        ("mentors_to_add", _mentors_to_add_index),
                        _mentors_to_add_error,
                        "mentors_to_add_item",
                    ) from _mentors_to_add_error
                mentors_to_add.append(mentors_to_add_item)

        _mentors_to_remove = d.pop("mentors_to_remove", UNSET)
        mentors_to_remove: list[UUID] | Unset = UNSET
        if _mentors_to_remove is not UNSET:
            if not isinstance(_mentors_to_remove, list):
                raise FieldError("mentors_to_remove", "an array", _mentors_to_remove)
            mentors_to_remove = []
            for _mentors_to_remove_index, mentors_to_remove_item_data in enumerate(
                _mentors_to_remove
            ):
                try:
                    mentors_to_remove_item = parse_uuid(
                        "mentors_to_remove_item", mentors_to_remove_item_data
                    )

                except PARSE_ERRORS as _mentors_to_remove_error:
                    raise within(
                        ("mentors_to_remove", _mentors_to_remove_index),
                        _mentors_to_remove_error,
                        "mentors_to_remove_item",
                    ) from _mentors_to_remove_error
                mentors_to_remove.append(mentors_to_remove_item)

        patched_project_request = cls(
            name=name,
            description=description,
            shared=shared,
            mentors_to_add=mentors_to_add,
            mentors_to_remove=mentors_to_remove,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_project_request.additional_properties = additional_properties
        return patched_project_request

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
