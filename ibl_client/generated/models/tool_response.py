from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_category import ToolCategory


T = TypeVar("T", bound="ToolResponse")


@_attrs_define
class ToolResponse:
    id: int
    name: str
    category: ToolCategory
    is_allowed: str
    display_name: str | Unset = UNSET
    slug: str | Unset = UNSET
    description: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    allow_base_agent: bool | Unset = UNSET
    allow_openai_agent: bool | Unset = UNSET
    allow_openai_assistant: bool | Unset = UNSET
    allow_google_agent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        category = self.category.to_dict()

        is_allowed = self.is_allowed

        display_name = self.display_name

        slug = self.slug

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        metadata = self.metadata

        allow_base_agent = self.allow_base_agent

        allow_openai_agent = self.allow_openai_agent

        allow_openai_assistant = self.allow_openai_assistant

        allow_google_agent = self.allow_google_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "category": category,
                "is_allowed": is_allowed,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if logo is not UNSET:
            field_dict["logo"] = logo
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if allow_base_agent is not UNSET:
            field_dict["allow_base_agent"] = allow_base_agent
        if allow_openai_agent is not UNSET:
            field_dict["allow_openai_agent"] = allow_openai_agent
        if allow_openai_assistant is not UNSET:
            field_dict["allow_openai_assistant"] = allow_openai_assistant
        if allow_google_agent is not UNSET:
            field_dict["allow_google_agent"] = allow_google_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_category import ToolCategory  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        category = nested("category", ToolCategory, d.pop("category"))

        is_allowed = d.pop("is_allowed")
        if not isinstance(is_allowed, str):
            raise FieldError("is_allowed", "a string", is_allowed)

        display_name = d.pop("display_name", UNSET)
        if not isinstance(display_name, (str, Unset)):
            raise FieldError("display_name", "a string", display_name)

        slug = d.pop("slug", UNSET)
        if not isinstance(slug, (str, Unset)):
            raise FieldError("slug", "a string", slug)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("logo", "a string or null", data)

        logo = _parse_logo(d.pop("logo", UNSET))

        metadata = d.pop("metadata", UNSET)

        allow_base_agent = d.pop("allow_base_agent", UNSET)
        if not isinstance(allow_base_agent, (bool, Unset)):
            raise FieldError("allow_base_agent", "a boolean", allow_base_agent)

        allow_openai_agent = d.pop("allow_openai_agent", UNSET)
        if not isinstance(allow_openai_agent, (bool, Unset)):
            raise FieldError("allow_openai_agent", "a boolean", allow_openai_agent)

        allow_openai_assistant = d.pop("allow_openai_assistant", UNSET)
        if not isinstance(allow_openai_assistant, (bool, Unset)):
            raise FieldError("allow_openai_assistant", "a boolean", allow_openai_assistant)

        allow_google_agent = d.pop("allow_google_agent", UNSET)
        if not isinstance(allow_google_agent, (bool, Unset)):
            raise FieldError("allow_google_agent", "a boolean", allow_google_agent)

        tool_response = cls(
            id=id,
            name=name,
            category=category,
            is_allowed=is_allowed,
            display_name=display_name,
            slug=slug,
            description=description,
            logo=logo,
            metadata=metadata,
            allow_base_agent=allow_base_agent,
            allow_openai_agent=allow_openai_agent,
            allow_openai_assistant=allow_openai_assistant,
            allow_google_agent=allow_google_agent,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        tool_response.additional_properties = additional_properties
        return tool_response

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
