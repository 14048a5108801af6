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
    from ..models.scim_email import SCIMEmail
    from ..models.scim_enterprise_user import SCIMEnterpriseUser
    from ..models.scim_meta import SCIMMeta
    from ..models.scim_name import SCIMName


T = TypeVar("T", bound="SCIMUserResponse")


@_attrs_define
class SCIMUserResponse:
    """SCIM user response serializer"""

    schemas: list[str]
    """ SCIM schema identifiers """
    id: str
    """ User ID """
    user_name: str
    """ Username """
    name: SCIMName
    """ SCIM name object serializer. Fields allow_blank=True so response validation succeeds for users with no name
    set. """
    emails: list[SCIMEmail]
    """ User's email addresses """
    active: bool
    """ Whether the user is active """
    urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: SCIMEnterpriseUser
    """ SCIM enterprise user extension serializer """
    meta: SCIMMeta | Unset = UNSET
    """ SCIM meta object serializer """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas = self.schemas

        id = self.id

        user_name = self.user_name

        name = self.name.to_dict()

        emails = []
        for emails_item_data in self.emails:
            emails_item = emails_item_data.to_dict()
            emails.append(emails_item)

        active = self.active

        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user = (
            self.urn_ietf_params_scim_schemas_extension_enterprise_2_0_user.to_dict()
        )

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
                "id": id,
                "userName": user_name,
                "name": name,
                "emails": emails,
                "active": active,
                "urn_ietf_params_scim_schemas_extension_enterprise_2_0_User": urn_ietf_params_scim_schemas_extension_enterprise_2_0_user,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_email import SCIMEmail  # noqa: PLC0415
        from ..models.scim_enterprise_user import SCIMEnterpriseUser  # noqa: PLC0415
        from ..models.scim_meta import SCIMMeta  # noqa: PLC0415
        from ..models.scim_name import SCIMName  # noqa: PLC0415

        d = dict(src_dict)
        _schemas = d.pop("schemas")
        if not isinstance(_schemas, list):
            raise FieldError("schemas", "an array", _schemas)
        schemas = []
        for _schemas_index, schemas_item_data in enumerate(_schemas):
            try:
                schemas_item = schemas_item_data
                if not isinstance(schemas_item, str):
                    raise FieldError("schemas_item", "a string", schemas_item)

            except PARSE_ERRORS as _schemas_error:
                raise within(
                    ("schemas", _schemas_index), _schemas_error, "schemas_item"
                ) from _schemas_error
            schemas.append(schemas_item)

        id = d.pop("id")
        if not isinstance(id, str):
            raise FieldError("id", "a string", id)

        user_name = d.pop("userName")
        if not isinstance(user_name, str):
            raise FieldError("userName", "a string", user_name)

        name = nested("name", SCIMName, d.pop("name"))

        _emails = d.pop("emails")
        if not isinstance(_emails, list):
            raise FieldError("emails", "an array", _emails)
        emails = []
        for _emails_index, emails_item_data in enumerate(_emails):
            try:
                emails_item = nested("emails_item", SCIMEmail, emails_item_data)

            except PARSE_ERRORS as _emails_error:
                raise within(
                    ("emails", _emails_index), _emails_error, "emails_item"
                ) from _emails_error
            emails.append(emails_item)

        active = d.pop("active")
        if not isinstance(active, bool):
            raise FieldError("active", "a boolean", active)

        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user = nested(
            "urn_ietf_params_scim_schemas_extension_enterprise_2_0_User",
            SCIMEnterpriseUser,
            d.pop("urn_ietf_params_scim_schemas_extension_enterprise_2_0_User"),
        )

        _meta = d.pop("meta", UNSET)
        meta: SCIMMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = nested("meta", SCIMMeta, _meta)

        scim_user_response = cls(
            schemas=schemas,
            id=id,
            user_name=user_name,
            name=name,
            emails=emails,
            active=active,
            urn_ietf_params_scim_schemas_extension_enterprise_2_0_user=urn_ietf_params_scim_schemas_extension_enterprise_2_0_user,
            meta=meta,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        scim_user_response.additional_properties = additional_properties
        return scim_user_response

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
