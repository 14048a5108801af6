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
from ..models.disclaimer_scope_enum import DisclaimerScopeEnum, check_disclaimer_scope_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="DisclaimerRequest")


@_attrs_define
class DisclaimerRequest:
    content: str
    scope: DisclaimerScopeEnum | Unset = UNSET
    """ * `platform` - Platform
    * `mentor` - Mentor """
    title: str | Unset = UNSET
    active: bool | Unset = UNSET
    mentors: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        title = self.title

        active = self.active

        mentors: list[str] | Unset = UNSET
        if not isinstance(self.mentors, Unset):
            mentors = []
            for mentors_item_data in self.mentors:
                mentors_item = str(mentors_item_data)
                mentors.append(mentors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if title is not UNSET:
            field_dict["title"] = title
        if active is not UNSET:
            field_dict["active"] = active
        if mentors is not UNSET:
            field_dict["mentors"] = mentors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")
        if not isinstance(content, str):
            raise FieldError("content", "a string", content)

        _scope = d.pop("scope", UNSET)
        scope: DisclaimerScopeEnum | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_disclaimer_scope_enum(_scope, "scope")

        title = d.pop("title", UNSET)
        if not isinstance(title, (str, Unset)):
            raise FieldError("title", "a string", title)

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        _mentors = d.pop("mentors", UNSET)
        mentors: list[UUID] | Unset = UNSET
        if _mentors is not UNSET:
            if not isinstance(_mentors, list):
                raise FieldError("mentors", "an array", _mentors)
            mentors = []
            for _mentors_index, mentors_item_data in enumerate(_mentors):
                try:
                    mentors_item = parse_uuid("mentors_item", mentors_item_data)

                except PARSE_ERRORS as _mentors_error:
                    raise within(
                        ("mentors", _mentors_index), _mentors_error, "mentors_item"
                    ) from _mentors_error
                mentors.append(mentors_item)

        disclaimer_request = cls(
            content=content,
            scope=scope,
            title=title,
            active=active,
            mentors=mentors,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        disclaimer_request.additional_properties = additional_properties
        return disclaimer_request

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
