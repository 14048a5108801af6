from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        category = ToolCategory.from_dict(d.pop("category"))

        is_allowed = d.pop("is_allowed")
        if not isinstance(is_allowed, str):
            raise TypeError(f"is_allowed: expected a string, got {type(is_allowed).__name__}")

        display_name = d.pop("display_name", UNSET)
        if not isinstance(display_name, (str, Unset)):
            raise TypeError(f"display_name: expected a string, got {type(display_name).__name__}")

        slug = d.pop("slug", UNSET)
        if not isinstance(slug, (str, Unset)):
            raise TypeError(f"slug: expected a string, got {type(slug).__name__}")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                description_type_0 = data
                if not isinstance(description_type_0, str):
                    raise TypeError(
                        f"description_type_0: expected a string, got {type(description_type_0).__name__}"
                    )

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            description_type_1 = data

            return description_type_1

        description = _parse_description(d.pop("description", UNSET))

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                logo_type_0 = data
                if not isinstance(logo_type_0, str):
                    raise TypeError(
                        f"logo_type_0: expected a string, got {type(logo_type_0).__name__}"
                    )

                return logo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            logo_type_1 = data

            return logo_type_1

        logo = _parse_logo(d.pop("logo", UNSET))

        metadata = d.pop("metadata", UNSET)

        allow_base_agent = d.pop("allow_base_agent", UNSET)
        if not isinstance(allow_base_agent, (bool, Unset)):
            raise TypeError(
                f"allow_base_agent: expected a boolean, got {type(allow_base_agent).__name__}"
            )

        allow_openai_agent = d.pop("allow_openai_agent", UNSET)
        if not isinstance(allow_openai_agent, (bool, Unset)):
            raise TypeError(
                f"allow_openai_agent: expected a boolean, got {type(allow_openai_agent).__name__}"
            )

        allow_openai_assistant = d.pop("allow_openai_assistant", UNSET)
        if not isinstance(allow_openai_assistant, (bool, Unset)):
            raise TypeError(
                f"allow_openai_assistant: expected a boolean, got {type(allow_openai_assistant).__name__}"
            )

        allow_google_agent = d.pop("allow_google_agent", UNSET)
        if not isinstance(allow_google_agent, (bool, Unset)):
            raise TypeError(
                f"allow_google_agent: expected a boolean, got {type(allow_google_agent).__name__}"
            )

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
