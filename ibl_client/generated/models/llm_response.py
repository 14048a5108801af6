from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LLMResponse")


@_attrs_define
class LLMResponse:
    id: int
    name: str
    description: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    resource_ids: Any | Unset = UNSET
    tags: Any | Unset = UNSET
    overview: None | str | Unset = UNSET
    use_cases: None | str | Unset = UNSET
    documentation: None | str | Unset = UNSET
    sdk_samples: None | str | Unset = UNSET
    chat_models: Any | Unset = UNSET
    disabled_models: Any | Unset = UNSET
    """ List of disabled models. If empty, all models are enabled. """
    logo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        metadata = self.metadata

        resource_ids = self.resource_ids

        tags = self.tags

        overview: None | str | Unset
        if isinstance(self.overview, Unset):
            overview = UNSET
        else:
            overview = self.overview

        use_cases: None | str | Unset
        if isinstance(self.use_cases, Unset):
            use_cases = UNSET
        else:
            use_cases = self.use_cases

        documentation: None | str | Unset
        if isinstance(self.documentation, Unset):
            documentation = UNSET
        else:
            documentation = self.documentation

        sdk_samples: None | str | Unset
        if isinstance(self.sdk_samples, Unset):
            sdk_samples = UNSET
        else:
            sdk_samples = self.sdk_samples

        chat_models = self.chat_models

        disabled_models = self.disabled_models

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if resource_ids is not UNSET:
            field_dict["resource_ids"] = resource_ids
        if tags is not UNSET:
            field_dict["tags"] = tags
        if overview is not UNSET:
            field_dict["overview"] = overview
        if use_cases is not UNSET:
            field_dict["use_cases"] = use_cases
        if documentation is not UNSET:
            field_dict["documentation"] = documentation
        if sdk_samples is not UNSET:
            field_dict["sdk_samples"] = sdk_samples
        if chat_models is not UNSET:
            field_dict["chat_models"] = chat_models
        if disabled_models is not UNSET:
            field_dict["disabled_models"] = disabled_models
        if logo is not UNSET:
            field_dict["logo"] = logo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        metadata = d.pop("metadata", UNSET)

        resource_ids = d.pop("resource_ids", UNSET)

        tags = d.pop("tags", UNSET)

        def _parse_overview(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("overview", "a string or null", data)

        overview = _parse_overview(d.pop("overview", UNSET))

        def _parse_use_cases(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("use_cases", "a string or null", data)

        use_cases = _parse_use_cases(d.pop("use_cases", UNSET))

        def _parse_documentation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("documentation", "a string or null", data)

        documentation = _parse_documentation(d.pop("documentation", UNSET))

        def _parse_sdk_samples(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("sdk_samples", "a string or null", data)

        sdk_samples = _parse_sdk_samples(d.pop("sdk_samples", UNSET))

        chat_models = d.pop("chat_models", UNSET)

        disabled_models = d.pop("disabled_models", UNSET)

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("logo", "a string or null", data)

        logo = _parse_logo(d.pop("logo", UNSET))

        llm_response = cls(
            id=id,
            name=name,
            description=description,
            metadata=metadata,
            resource_ids=resource_ids,
            tags=tags,
            overview=overview,
            use_cases=use_cases,
            documentation=documentation,
            sdk_samples=sdk_samples,
            chat_models=chat_models,
            disabled_models=disabled_models,
            logo=logo,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        llm_response.additional_properties = additional_properties
        return llm_response

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
