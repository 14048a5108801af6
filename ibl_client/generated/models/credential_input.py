from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialInput")


@_attrs_define
class CredentialInput:
    entity_id: str
    name: str
    criteria_url: str
    criteria_narrative: str
    created_at: datetime.datetime
    icon_image_id: int
    background_image_id: int
    thumbnail_image_id: int
    credential_type: str
    signal: str
    name_override: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    html_template: None | str | Unset = UNSET
    css_template: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    tags: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        name = self.name

        criteria_url = self.criteria_url

        criteria_narrative = self.criteria_narrative

        created_at = self.created_at.isoformat()

        icon_image_id = self.icon_image_id

        background_image_id = self.background_image_id

        thumbnail_image_id = self.thumbnail_image_id

        credential_type = self.credential_type

        signal = self.signal

        name_override: None | str | Unset
        if isinstance(self.name_override, Unset):
            name_override = UNSET
        else:
            name_override = self.name_override

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        html_template: None | str | Unset
        if isinstance(self.html_template, Unset):
            html_template = UNSET
        else:
            html_template = self.html_template

        css_template: None | str | Unset
        if isinstance(self.css_template, Unset):
            css_template = UNSET
        else:
            css_template = self.css_template

        metadata = self.metadata

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityId": entity_id,
                "name": name,
                "criteriaUrl": criteria_url,
                "criteriaNarrative": criteria_narrative,
                "createdAt": created_at,
                "icon_image_id": icon_image_id,
                "background_image_id": background_image_id,
                "thumbnail_image_id": thumbnail_image_id,
                "credentialType": credential_type,
                "signal": signal,
            }
        )
        if name_override is not UNSET:
            field_dict["name_override"] = name_override
        if description is not UNSET:
            field_dict["description"] = description
        if html_template is not UNSET:
            field_dict["html_template"] = html_template
        if css_template is not UNSET:
            field_dict["css_template"] = css_template
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_id = d.pop("entityId")
        if not isinstance(entity_id, str):
            raise FieldError("entityId", "a string", entity_id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        criteria_url = d.pop("criteriaUrl")
        if not isinstance(criteria_url, str):
            raise FieldError("criteriaUrl", "a string", criteria_url)

        criteria_narrative = d.pop("criteriaNarrative")
        if not isinstance(criteria_narrative, str):
            raise FieldError("criteriaNarrative", "a string", criteria_narrative)

        created_at = parse_datetime("createdAt", d.pop("createdAt"))

        icon_image_id = d.pop("icon_image_id")
        if not isinstance(icon_image_id, int) or icon_image_id is True or icon_image_id is False:
            raise FieldError("icon_image_id", "an integer", icon_image_id)

        background_image_id = d.pop("background_image_id")
        if (
            not isinstance(background_image_id, int)
            or background_image_id is True
            or background_image_id is False
        ):
            raise FieldError("background_image_id", "an integer", background_image_id)

        thumbnail_image_id = d.pop("thumbnail_image_id")
        if (
            not isinstance(thumbnail_image_id, int)
            or thumbnail_image_id is True
            or thumbnail_image_id is False
        ):
            raise FieldError("thumbnail_image_id", "an integer", thumbnail_image_id)

        credential_type = d.pop("credentialType")
        if not isinstance(credential_type, str):
            raise FieldError("credentialType", "a string", credential_type)

        signal = d.pop("signal")
        if not isinstance(signal, str):
            raise FieldError("signal", "a string", signal)

        def _parse_name_override(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name_override", "a string or null", data)

        name_override = _parse_name_override(d.pop("name_override", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_html_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("html_template", "a string or null", data)

        html_template = _parse_html_template(d.pop("html_template", UNSET))

        def _parse_css_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("css_template", "a string or null", data)

        css_template = _parse_css_template(d.pop("css_template", UNSET))

        metadata = d.pop("metadata", UNSET)

        tags = d.pop("tags", UNSET)

        credential_input = cls(
            entity_id=entity_id,
            name=name,
            criteria_url=criteria_url,
            criteria_narrative=criteria_narrative,
            created_at=created_at,
            icon_image_id=icon_image_id,
            background_image_id=background_image_id,
            thumbnail_image_id=thumbnail_image_id,
            credential_type=credential_type,
            signal=signal,
            name_override=name_override,
            description=description,
            html_template=html_template,
            css_template=css_template,
            metadata=metadata,
            tags=tags,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        credential_input.additional_properties = additional_properties
        return credential_input

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
