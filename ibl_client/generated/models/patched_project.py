from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_datetime,
    parse_uuid,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_mentor import ProjectMentor


T = TypeVar("T", bound="PatchedProject")


@_attrs_define
class PatchedProject:
    """Unified serializer for Project model.

    Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the project - mentors_to_remove: List of
    mentor unique IDs to remove from the project

    These fields are mutually exclusive and only used during create/update operations. For create: only mentors_to_add
    is used For update: either can be used, but not both at once

    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    """ Name of the project """
    description: str | Unset = UNSET
    """ Description of the project """
    shared: bool | Unset = UNSET
    """ Whether this project is shared with others or personal """
    owner: int | Unset = UNSET
    """ User who created this project """
    owner_username: str | Unset = UNSET
    platform: int | None | Unset = UNSET
    """ Platform this project belongs to """
    platform_key: str | Unset = UNSET
    platform_name: str | Unset = UNSET
    mentor_count: int | Unset = UNSET
    is_personal: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    mentors: list[ProjectMentor] | Unset = UNSET
    mentors_to_add: list[UUID] | Unset = UNSET
    """ List of mentor unique IDs to add to the project """
    mentors_to_remove: list[UUID] | Unset = UNSET
    """ List of mentor unique IDs to remove from the project """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        shared = self.shared

        owner = self.owner

        owner_username = self.owner_username

        platform: int | None | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        platform_key = self.platform_key

        platform_name = self.platform_name

        mentor_count = self.mentor_count

        is_personal = self.is_personal

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        mentors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mentors, Unset):
            mentors = []
            for mentors_item_data in self.mentors:
                mentors_item = mentors_item_data.to_dict()
                mentors.append(mentors_item)

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
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if shared is not UNSET:
            field_dict["shared"] = shared
        if owner is not UNSET:
            field_dict["owner"] = owner
        if owner_username is not UNSET:
            field_dict["owner_username"] = owner_username
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if platform_name is not UNSET:
            field_dict["platform_name"] = platform_name
        if mentor_count is not UNSET:
            field_dict["mentor_count"] = mentor_count
        if is_personal is not UNSET:
            field_dict["is_personal"] = is_personal
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if mentors is not UNSET:
            field_dict["mentors"] = mentors
        if mentors_to_add is not UNSET:
            field_dict["mentors_to_add"] = mentors_to_add
        if mentors_to_remove is not UNSET:
            field_dict["mentors_to_remove"] = mentors_to_remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_mentor import ProjectMentor  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        shared = d.pop("shared", UNSET)
        if not isinstance(shared, (bool, Unset)):
            raise FieldError("shared", "a boolean", shared)

        owner = d.pop("owner", UNSET)
        if not isinstance(owner, (int, Unset)) or owner is True or owner is False:
            raise FieldError("owner", "an integer", owner)

        owner_username = d.pop("owner_username", UNSET)
        if not isinstance(owner_username, (str, Unset)):
            raise FieldError("owner_username", "a string", owner_username)

        def _parse_platform(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("platform", "an integer or null", data)

        platform = _parse_platform(d.pop("platform", UNSET))

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        platform_name = d.pop("platform_name", UNSET)
        if not isinstance(platform_name, (str, Unset)):
            raise FieldError("platform_name", "a string", platform_name)

        mentor_count = d.pop("mentor_count", UNSET)
        if (
            not isinstance(mentor_count, (int, Unset))
            or mentor_count is True
            or mentor_count is False
        ):
            raise FieldError("mentor_count", "an integer", mentor_count)

        is_personal = d.pop("is_personal", UNSET)
        if not isinstance(is_personal, (bool, Unset)):
            raise FieldError("is_personal", "a boolean", is_personal)

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

        _mentors = d.pop("mentors", UNSET)
        mentors: list[ProjectMentor] | Unset = UNSET
        if _mentors is not UNSET:
            if not isinstance(_mentors, list):
                raise FieldError("mentors", "an array", _mentors)
            mentors = []
            for _mentors_index, mentors_item_data in enumerate(_mentors):
                try:
                    mentors_item = nested("mentors_item", ProjectMentor, mentors_item_data)

                except PARSE_ERRORS as _mentors_error:
                    raise within(
                        ("mentors", _mentors_index), _mentors_error, "mentors_item"
                    ) from _mentors_error
                mentors.append(mentors_item)

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

        patched_project = cls(
            id=id,
            name=name,
            description=description,
            shared=shared,
            owner=owner,
            owner_username=owner_username,
            platform=platform,
            platform_key=platform_key,
            platform_name=platform_name,
            mentor_count=mentor_count,
            is_personal=is_personal,
            created_at=created_at,
            updated_at=updated_at,
            mentors=mentors,
            mentors_to_add=mentors_to_add,
            mentors_to_remove=mentors_to_remove,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_project.additional_properties = additional_properties
        return patched_project

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
