from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_memory_entry_request import UserMemoryEntryRequest


T = TypeVar("T", bound="UserMemoryRequest")


@_attrs_define
class UserMemoryRequest:
    entries: list[UserMemoryEntryRequest]
    mode: str | Unset = UNSET
    name: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    mentor_unique_id: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    catalog_item_type: None | str | Unset = UNSET
    catalog_item_id: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        mode = self.mode

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        mentor_unique_id: None | str | Unset
        if isinstance(self.mentor_unique_id, Unset):
            mentor_unique_id = UNSET
        else:
            mentor_unique_id = self.mentor_unique_id

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        catalog_item_type: None | str | Unset
        if isinstance(self.catalog_item_type, Unset):
            catalog_item_type = UNSET
        else:
            catalog_item_type = self.catalog_item_type

        catalog_item_id: None | str | Unset
        if isinstance(self.catalog_item_id, Unset):
            catalog_item_id = UNSET
        else:
            catalog_item_id = self.catalog_item_id

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries": entries,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if name is not UNSET:
            field_dict["name"] = name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if mentor_unique_id is not UNSET:
            field_dict["mentor_unique_id"] = mentor_unique_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if catalog_item_type is not UNSET:
            field_dict["catalog_item_type"] = catalog_item_type
        if catalog_item_id is not UNSET:
            field_dict["catalog_item_id"] = catalog_item_id
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_memory_entry_request import UserMemoryEntryRequest  # noqa: PLC0415

        d = dict(src_dict)
        _entries = d.pop("entries")
        if not isinstance(_entries, list):
            raise FieldError("entries", "an array", _entries)
        entries = []
        for _entries_index, entries_item_data in enumerate(_entries):
            try:
                entries_item = nested("entries_item", UserMemoryEntryRequest, entries_item_data)

            except PARSE_ERRORS as _entries_error:
                raise within(
                    ("entries", _entries_index), _entries_error, "entries_item"
                ) from _entries_error
            entries.append(entries_item)

        mode = d.pop("mode", UNSET)
        if not isinstance(mode, (str, Unset)):
            raise FieldError("mode", "a string", mode)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("platform", "a string or null", data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_mentor_unique_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("mentor_unique_id", "a string or null", data)

        mentor_unique_id = _parse_mentor_unique_id(d.pop("mentor_unique_id", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("session_id", "a string or null", data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_catalog_item_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("catalog_item_type", "a string or null", data)

        catalog_item_type = _parse_catalog_item_type(d.pop("catalog_item_type", UNSET))

        def _parse_catalog_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("catalog_item_id", "a string or null", data)

        catalog_item_id = _parse_catalog_item_id(d.pop("catalog_item_id", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("category", "a string or null", data)

        category = _parse_category(d.pop("category", UNSET))

        user_memory_request = cls(
            entries=entries,
            mode=mode,
            name=name,
            platform=platform,
            mentor_unique_id=mentor_unique_id,
            session_id=session_id,
            catalog_item_type=catalog_item_type,
            catalog_item_id=catalog_item_id,
            category=category,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_memory_request.additional_properties = additional_properties
        return user_memory_request

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
