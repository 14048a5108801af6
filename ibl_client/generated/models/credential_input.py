from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"entityId: expected a string, got {type(entity_id).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        criteria_url = d.pop("criteriaUrl")
        if not isinstance(criteria_url, str):
            raise TypeError(f"criteriaUrl: expected a string, got {type(criteria_url).__name__}")

        criteria_narrative = d.pop("criteriaNarrative")
        if not isinstance(criteria_narrative, str):
            raise TypeError(
                f"criteriaNarrative: expected a string, got {type(criteria_narrative).__name__}"
            )

        created_at = datetime.datetime.fromisoformat(
            d.pop("createdAt").replace("Z", "+00:00").replace("z", "+00:00")
        )

        icon_image_id = d.pop("icon_image_id")
        if not isinstance(icon_image_id, int) or icon_image_id is True or icon_image_id is False:
            raise TypeError(
                f"icon_image_id: expected an integer, got {type(icon_image_id).__name__}"
            )

        background_image_id = d.pop("background_image_id")
        if (
            not isinstance(background_image_id, int)
            or background_image_id is True
            or background_image_id is False
        ):
            raise TypeError(
                f"background_image_id: expected an integer, got {type(background_image_id).__name__}"
            )

        thumbnail_image_id = d.pop("thumbnail_image_id")
        if (
            not isinstance(thumbnail_image_id, int)
            or thumbnail_image_id is True
            or thumbnail_image_id is False
        ):
            raise TypeError(
                f"thumbnail_image_id: expected an integer, got {type(thumbnail_image_id).__name__}"
            )

        credential_type = d.pop("credentialType")
        if not isinstance(credential_type, str):
            raise TypeError(
                f"credentialType: expected a string, got {type(credential_type).__name__}"
            )

        signal = d.pop("signal")
        if not isinstance(signal, str):
            raise TypeError(f"signal: expected a string, got {type(signal).__name__}")

        def _parse_name_override(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                name_override_type_0 = data
                if not isinstance(name_override_type_0, str):
                    raise TypeError(
                        f"name_override_type_0: expected a string, got {type(name_override_type_0).__name__}"
                    )

                return name_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            name_override_type_1 = data

            return name_override_type_1

        name_override = _parse_name_override(d.pop("name_override", UNSET))

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

        def _parse_html_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                html_template_type_0 = data
                if not isinstance(html_template_type_0, str):
                    raise TypeError(
                        f"html_template_type_0: expected a string, got {type(html_template_type_0).__name__}"
                    )

                return html_template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            html_template_type_1 = data

            return html_template_type_1

        html_template = _parse_html_template(d.pop("html_template", UNSET))

        def _parse_css_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                css_template_type_0 = data
                if not isinstance(css_template_type_0, str):
                    raise TypeError(
                        f"css_template_type_0: expected a string, got {type(css_template_type_0).__name__}"
                    )

                return css_template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            css_template_type_1 = data

            return css_template_type_1

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
