from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_mentor import ProjectMentor


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """Unified serializer for Project model.

    Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the project - mentors_to_remove: List of
    mentor unique IDs to remove from the project

    These fields are mutually exclusive and only used during create/update operations. For create: only mentors_to_add
    is used For update: either can be used, but not both at once

    """

    id: int
    name: str
    """ Name of the project """
    owner: int
    """ User who created this project """
    owner_username: str
    platform: int | None
    """ Platform this project belongs to """
    platform_key: str
    platform_name: str
    mentor_count: int
    is_personal: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    mentors: list[ProjectMentor]
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
        id = self.id

        name = self.name

        owner = self.owner

        owner_username = self.owner_username

        platform: int | None
        platform = self.platform

        platform_key = self.platform_key

        platform_name = self.platform_name

        mentor_count = self.mentor_count

        is_personal = self.is_personal

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        mentors = []
        for mentors_item_data in self.mentors:
            mentors_item = mentors_item_data.to_dict()
            mentors.append(mentors_item)

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
        field_dict.update(
            {
                "id": id,
                "name": name,
                "owner": owner,
                "owner_username": owner_username,
                "platform": platform,
                "platform_key": platform_key,
                "platform_name": platform_name,
                "mentor_count": mentor_count,
                "is_personal": is_personal,
                "created_at": created_at,
                "updated_at": updated_at,
                "mentors": mentors,
            }
        )
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
        from ..models.project_mentor import ProjectMentor  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        owner = d.pop("owner")
        if not isinstance(owner, int) or owner is True or owner is False:
            raise TypeError(f"owner: expected an integer, got {type(owner).__name__}")

        owner_username = d.pop("owner_username")
        if not isinstance(owner_username, str):
            raise TypeError(
                f"owner_username: expected a string, got {type(owner_username).__name__}"
            )

        def _parse_platform(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                platform_type_0 = data
                if (
                    not isinstance(platform_type_0, int)
                    or platform_type_0 is True
                    or platform_type_0 is False
                ):
                    raise TypeError(
                        f"platform_type_0: expected an integer, got {type(platform_type_0).__name__}"
                    )

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            platform_type_1 = data

            return platform_type_1

        platform = _parse_platform(d.pop("platform"))

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        platform_name = d.pop("platform_name")
        if not isinstance(platform_name, str):
            raise TypeError(f"platform_name: expected a string, got {type(platform_name).__name__}")

        mentor_count = d.pop("mentor_count")
        if not isinstance(mentor_count, int) or mentor_count is True or mentor_count is False:
            raise TypeError(f"mentor_count: expected an integer, got {type(mentor_count).__name__}")

        is_personal = d.pop("is_personal")
        if not isinstance(is_personal, bool):
            raise TypeError(f"is_personal: expected a boolean, got {type(is_personal).__name__}")

        created_at = datetime.datetime.fromisoformat(
            d.pop("created_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        updated_at = datetime.datetime.fromisoformat(
            d.pop("updated_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        mentors = []
        _mentors = d.pop("mentors")
        for mentors_item_data in _mentors:
            mentors_item = ProjectMentor.from_dict(mentors_item_data)

            mentors.append(mentors_item)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        shared = d.pop("shared", UNSET)
        if not isinstance(shared, (bool, Unset)):
            raise TypeError(f"shared: expected a boolean, got {type(shared).__name__}")

        _mentors_to_add = d.pop("mentors_to_add", UNSET)
        mentors_to_add: list[UUID] | Unset = UNSET
        if _mentors_to_add is not UNSET:
            mentors_to_add = []
            for mentors_to_add_item_data in _mentors_to_add:
                mentors_to_add_item = UUID(mentors_to_add_item_data)

                mentors_to_add.append(mentors_to_add_item)

        _mentors_to_remove = d.pop("mentors_to_remove", UNSET)
        mentors_to_remove: list[UUID] | Unset = UNSET
        if _mentors_to_remove is not UNSET:
            mentors_to_remove = []
            for mentors_to_remove_item_data in _mentors_to_remove:
                mentors_to_remove_item = UUID(mentors_to_remove_item_data)

                mentors_to_remove.append(mentors_to_remove_item)

        project = cls(
            id=id,
            name=name,
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
            description=description,
            shared=shared,
            mentors_to_add=mentors_to_add,
            mentors_to_remove=mentors_to_remove,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        project.additional_properties = additional_properties
        return project

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
