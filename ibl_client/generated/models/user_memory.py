from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_uuid,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_memory_entry import UserMemoryEntry


T = TypeVar("T", bound="UserMemory")


@_attrs_define
class UserMemory:
    id: int
    mode: str
    email: None | str
    username: None | str
    platform: None | str
    mentor: None | str
    session_id: None | str
    catalog_item_type: None | str
    catalog_item_id: None | str
    entries: list[UserMemoryEntry]
    inserted_at: str
    updated_at: str
    name: str | Unset = UNSET
    unique_id: UUID | Unset = UNSET
    is_auto_generated: bool | Unset = UNSET
    category: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mode = self.mode

        email: None | str
        email = self.email

        username: None | str
        username = self.username

        platform: None | str
        platform = self.platform

        mentor: None | str
        mentor = self.mentor

        session_id: None | str
        session_id = self.session_id

        catalog_item_type: None | str
        catalog_item_type = self.catalog_item_type

        catalog_item_id: None | str
        catalog_item_id = self.catalog_item_id

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        inserted_at = self.inserted_at

        updated_at = self.updated_at

        name = self.name

        unique_id: str | Unset = UNSET
        if not isinstance(self.unique_id, Unset):
            unique_id = str(self.unique_id)

        is_auto_generated = self.is_auto_generated

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mode": mode,
                "email": email,
                "username": username,
                "platform": platform,
                "mentor": mentor,
                "session_id": session_id,
                "catalog_item_type": catalog_item_type,
                "catalog_item_id": catalog_item_id,
                "entries": entries,
                "inserted_at": inserted_at,
                "updated_at": updated_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if is_auto_generated is not UNSET:
            field_dict["is_auto_generated"] = is_auto_generated
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_memory_entry import UserMemoryEntry  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        mode = d.pop("mode")
        if not isinstance(mode, str):
            raise FieldError("mode", "a string", mode)

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("email", "a string or null", data)

        email = _parse_email(d.pop("email"))

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("username", "a string or null", data)

        username = _parse_username(d.pop("username"))

        def _parse_platform(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("platform", "a string or null", data)

        platform = _parse_platform(d.pop("platform"))

        def _parse_mentor(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("mentor", "a string or null", data)

        mentor = _parse_mentor(d.pop("mentor"))

        def _parse_session_id(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("session_id", "a string or null", data)

        session_id = _parse_session_id(d.pop("session_id"))

        def _parse_catalog_item_type(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("catalog_item_type", "a string or null", data)

        catalog_item_type = _parse_catalog_item_type(d.pop("catalog_item_type"))

        def _parse_catalog_item_id(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("catalog_item_id", "a string or null", data)

        catalog_item_id = _parse_catalog_item_id(d.pop("catalog_item_id"))

        _entries = d.pop("entries")
        if not isinstance(_entries, list):
            raise FieldError("entries", "an array", _entries)
        entries = []
        for _entries_index, entries_item_data in enumerate(_entries):
            try:
                entries_item = nested("entries_item", UserMemoryEntry, entries_item_data)

            except PARSE_ERRORS as _entries_error:
                raise within(
                    ("entries", _entries_index), _entries_error, "entries_item"
                ) from _entries_error
            entries.append(entries_item)

        inserted_at = d.pop("inserted_at")
        if not isinstance(inserted_at, str):
            raise FieldError("inserted_at", "a string", inserted_at)

        updated_at = d.pop("updated_at")
        if not isinstance(updated_at, str):
            raise FieldError("updated_at", "a string", updated_at)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        _unique_id = d.pop("unique_id", UNSET)
        unique_id: UUID | Unset
        if isinstance(_unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = parse_uuid("unique_id", _unique_id)

        is_auto_generated = d.pop("is_auto_generated", UNSET)
        if not isinstance(is_auto_generated, (bool, Unset)):
            raise FieldError("is_auto_generated", "a boolean", is_auto_generated)

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("category", "a string or null", data)

        category = _parse_category(d.pop("category", UNSET))

        user_memory = cls(
            id=id,
            mode=mode,
            email=email,
            username=username,
            platform=platform,
            mentor=mentor,
            session_id=session_id,
            catalog_item_type=catalog_item_type,
            catalog_item_id=catalog_item_id,
            entries=entries,
            inserted_at=inserted_at,
            updated_at=updated_at,
            name=name,
            unique_id=unique_id,
            is_auto_generated=is_auto_generated,
            category=category,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_memory.additional_properties = additional_properties
        return user_memory

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
