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


T = TypeVar("T", bound="PatchedSCIMUserResponse")


@_attrs_define
class PatchedSCIMUserResponse:
    """SCIM user response serializer"""

    schemas: list[str] | Unset = UNSET
    """ SCIM schema identifiers """
    id: str | Unset = UNSET
    """ User ID """
    user_name: str | Unset = UNSET
    """ Username """
    name: SCIMName | Unset = UNSET
    """ SCIM name object serializer. Fields allow_blank=True so response validation succeeds for users with no name
    set. """
    emails: list[SCIMEmail] | Unset = UNSET
    """ User's email addresses """
    active: bool | Unset = UNSET
    """ Whether the user is active """
    urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: SCIMEnterpriseUser | Unset = UNSET
    """ SCIM enterprise user extension serializer """
    meta: SCIMMeta | Unset = UNSET
    """ SCIM meta object serializer """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas: list[str] | Unset = UNSET
        if not isinstance(self.schemas, Unset):
            schemas = self.schemas

        id = self.id

        user_name = self.user_name

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        active = self.active

        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.urn_ietf_params_scim_schemas_extension_enterprise_2_0_user, Unset):
            urn_ietf_params_scim_schemas_extension_enterprise_2_0_user = (
                self.urn_ietf_params_scim_schemas_extension_enterprise_2_0_user.to_dict()
            )

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schemas is not UNSET:
            field_dict["schemas"] = schemas
        if id is not UNSET:
            field_dict["id"] = id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if name is not UNSET:
            field_dict["name"] = name
        if emails is not UNSET:
            field_dict["emails"] = emails
        if active is not UNSET:
            field_dict["active"] = active
        if urn_ietf_params_scim_schemas_extension_enterprise_2_0_user is not UNSET:
            field_dict["urn_ietf_params_scim_schemas_extension_enterprise_2_0_User"] = (
                urn_ietf_params_scim_schemas_extension_enterprise_2_0_user
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
        _schemas = d.pop("schemas", UNSET)
        schemas: list[str] | Unset = UNSET
        if _schemas is not UNSET:
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

        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise FieldError("id", "a string", id)

        user_name = d.pop("userName", UNSET)
        if not isinstance(user_name, (str, Unset)):
            raise FieldError("userName", "a string", user_name)

        _name = d.pop("name", UNSET)
        name: SCIMName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = nested("name", SCIMName, _name)

        _emails = d.pop("emails", UNSET)
        emails: list[SCIMEmail] | Unset = UNSET
        if _emails is not UNSET:
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

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        _urn_ietf_params_scim_schemas_extension_enterprise_2_0_user = d.pop(
            "urn_ietf_params_scim_schemas_extension_enterprise_2_0_User", UNSET
        )
        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user: SCIMEnterpriseUser | Unset
        if isinstance(_urn_ietf_params_scim_schemas_extension_enterprise_2_0_user, Unset):
            urn_ietf_params_scim_schemas_extension_enterprise_2_0_user = UNSET
        else:
            urn_ietf_params_scim_schemas_extension_enterprise_2_0_user = nested(
                "urn_ietf_params_scim_schemas_extension_enterprise_2_0_User",
                SCIMEnterpriseUser,
                _urn_ietf_params_scim_schemas_extension_enterprise_2_0_user,
            )

        _meta = d.pop("meta", UNSET)
        meta: SCIMMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = nested("meta", SCIMMeta, _meta)

        patched_scim_user_response = cls(
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

        patched_scim_user_response.additional_properties = additional_properties
        return patched_scim_user_response

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
