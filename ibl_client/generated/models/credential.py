from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credential_courses_item import CredentialCoursesItem
    from ..models.credential_expires import CredentialExpires
    from ..models.credential_issuer_details import CredentialIssuerDetails
    from ..models.credential_pathways_item import CredentialPathwaysItem
    from ..models.credential_signatories_item import CredentialSignatoriesItem


T = TypeVar("T", bound="Credential")


@_attrs_define
class Credential:
    entity_id: str
    name: str
    criteria_url: str
    criteria_narrative: str
    created_at: datetime.datetime
    icon_image: str
    icon_image_id: int
    background_image: str
    background_image_id: int
    thumbnail_image: str
    thumbnail_image_id: int
    catalog_items: list[str]
    courses: list[CredentialCoursesItem]
    programs: str
    issuer_details: CredentialIssuerDetails
    credential_type: str
    expires: CredentialExpires
    signatories: list[CredentialSignatoriesItem]
    signal: str
    pathways: list[CredentialPathwaysItem]
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

        icon_image = self.icon_image

        icon_image_id = self.icon_image_id

        background_image = self.background_image

        background_image_id = self.background_image_id

        thumbnail_image = self.thumbnail_image

        thumbnail_image_id = self.thumbnail_image_id

        catalog_items = self.catalog_items

        courses = []
        for courses_item_data in self.courses:
            courses_item = courses_item_data.to_dict()
            courses.append(courses_item)

        programs = self.programs

        issuer_details = self.issuer_details.to_dict()

        credential_type = self.credential_type

        expires = self.expires.to_dict()

        signatories = []
        for signatories_item_data in self.signatories:
            signatories_item = signatories_item_data.to_dict()
            signatories.append(signatories_item)

        signal = self.signal

        pathways = []
        for pathways_item_data in self.pathways:
            pathways_item = pathways_item_data.to_dict()
            pathways.append(pathways_item)

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
                "iconImage": icon_image,
                "icon_image_id": icon_image_id,
                "backgroundImage": background_image,
                "background_image_id": background_image_id,
                "thumbnailImage": thumbnail_image,
                "thumbnail_image_id": thumbnail_image_id,
                "catalog_items": catalog_items,
                "courses": courses,
                "programs": programs,
                "issuerDetails": issuer_details,
                "credentialType": credential_type,
                "expires": expires,
                "signatories": signatories,
                "signal": signal,
                "pathways": pathways,
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
        from ..models.credential_courses_item import CredentialCoursesItem  # noqa: PLC0415
        from ..models.credential_expires import CredentialExpires  # noqa: PLC0415
        from ..models.credential_issuer_details import CredentialIssuerDetails  # noqa: PLC0415
        from ..models.credential_pathways_item import CredentialPathwaysItem  # noqa: PLC0415
        from ..models.credential_signatories_item import CredentialSignatoriesItem  # noqa: PLC0415

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

        icon_image = d.pop("iconImage")
        if not isinstance(icon_image, str):
            raise FieldError("iconImage", "a string", icon_image)

        icon_image_id = d.pop("icon_image_id")
        if not isinstance(icon_image_id, int) or icon_image_id is True or icon_image_id is False:
            raise FieldError("icon_image_id", "an integer", icon_image_id)

        background_image = d.pop("backgroundImage")
        if not isinstance(background_image, str):
            raise FieldError("backgroundImage", "a string", background_image)

        background_image_id = d.pop("background_image_id")
        if (
            not isinstance(background_image_id, int)
            or background_image_id is True
            or background_image_id is False
        ):
            raise FieldError("background_image_id", "an integer", background_image_id)

        thumbnail_image = d.pop("thumbnailImage")
        if not isinstance(thumbnail_image, str):
            raise FieldError("thumbnailImage", "a string", thumbnail_image)

        thumbnail_image_id = d.pop("thumbnail_image_id")
        if (
            not isinstance(thumbnail_image_id, int)
            or thumbnail_image_id is True
            or thumbnail_image_id is False
        ):
            raise FieldError("thumbnail_image_id", "an integer", thumbnail_image_id)

        _catalog_items = d.pop("catalog_items")
        if not isinstance(_catalog_items, list):
            raise FieldError("catalog_items", "an array", _catalog_items)
        catalog_items = []
        for _catalog_items_index, catalog_items_item_data in enumerate(_catalog_items):
            try:
                catalog_items_item = catalog_items_item_data
                if not isinstance(catalog_items_item, str):
                    raise FieldError("catalog_items_item", "a string", catalog_items_item)

            except PARSE_ERRORS as _catalog_items_error:
                raise within(
                    ("catalog_items", _catalog_items_index),
                    _catalog_items_error,
                    "catalog_items_item",
                ) from _catalog_items_error
            catalog_items.append(catalog_items_item)

        _courses = d.pop("courses")
        if not isinstance(_courses, list):
            raise FieldError("courses", "an array", _courses)
        courses = []
        for _courses_index, courses_item_data in enumerate(_courses):
            try:
                courses_item = nested("courses_item", CredentialCoursesItem, courses_item_data)

            except PARSE_ERRORS as _courses_error:
                raise within(
                    ("courses", _courses_index), _courses_error, "courses_item"
                ) from _courses_error
            courses.append(courses_item)

        programs = d.pop("programs")
        if not isinstance(programs, str):
            raise FieldError("programs", "a string", programs)

        issuer_details = nested("issuerDetails", CredentialIssuerDetails, d.pop("issuerDetails"))

        credential_type = d.pop("credentialType")
        if not isinstance(credential_type, str):
            raise FieldError("credentialType", "a string", credential_type)

        expires = nested("expires", CredentialExpires, d.pop("expires"))

        _signatories = d.pop("signatories")
        if not isinstance(_signatories, list):
            raise FieldError("signatories", "an array", _signatories)
        signatories = []
        for _signatories_index, signatories_item_data in enumerate(_signatories):
            try:
                signatories_item = nested(
                    "signatories_item", CredentialSignatoriesItem, signatories_item_data
                )

            except PARSE_ERRORS as _signatories_error:
                raise within(
                    ("signatories", _signatories_index), _signatories_error, "signatories_item"
                ) from _signatories_error
            signatories.append(signatories_item)

        signal = d.pop("signal")
        if not isinstance(signal, str):
            raise FieldError("signal", "a string", signal)

        _pathways = d.pop("pathways")
        if not isinstance(_pathways, list):
            raise FieldError("pathways", "an array", _pathways)
        pathways = []
        for _pathways_index, pathways_item_data in enumerate(_pathways):
            try:
                pathways_item = nested("pathways_item", CredentialPathwaysItem, pathways_item_data)

            except PARSE_ERRORS as _pathways_error:
                raise within(
                    ("pathways", _pathways_index), _pathways_error, "pathways_item"
                ) from _pathways_error
            pathways.append(pathways_item)

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

        credential = cls(
            entity_id=entity_id,
            name=name,
            criteria_url=criteria_url,
            criteria_narrative=criteria_narrative,
            created_at=created_at,
            icon_image=icon_image,
            icon_image_id=icon_image_id,
            background_image=background_image,
            background_image_id=background_image_id,
            thumbnail_image=thumbnail_image,
            thumbnail_image_id=thumbnail_image_id,
            catalog_items=catalog_items,
            courses=courses,
            programs=programs,
            issuer_details=issuer_details,
            credential_type=credential_type,
            expires=expires,
            signatories=signatories,
            signal=signal,
            pathways=pathways,
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

        credential.additional_properties = additional_properties
        return credential

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
