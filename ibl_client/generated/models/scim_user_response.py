from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "user_name": "userName",
        "urn_ietf_params_scim_schemas_extension_enterprise_2_0_user": "urn_ietf_params_scim_schemas_extension_enterprise_2_0_User",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

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
        schemas = []
        _schemas = d.pop("schemas")
        for schemas_item_data in _schemas:
            schemas_item = schemas_item_data
            if not isinstance(schemas_item, str):
                raise TypeError(
                    f"schemas_item: expected a string, got {type(schemas_item).__name__}"
                )

            schemas.append(schemas_item)

        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        user_name = d.pop("userName")
        if not isinstance(user_name, str):
            raise TypeError(f"userName: expected a string, got {type(user_name).__name__}")

        name = SCIMName.from_dict(d.pop("name"))

        emails = []
        _emails = d.pop("emails")
        for emails_item_data in _emails:
            emails_item = SCIMEmail.from_dict(emails_item_data)

            emails.append(emails_item)

        active = d.pop("active")
        if not isinstance(active, bool):
            raise TypeError(f"active: expected a boolean, got {type(active).__name__}")

        urn_ietf_params_scim_schemas_extension_enterprise_2_0_user = SCIMEnterpriseUser.from_dict(
            d.pop("urn_ietf_params_scim_schemas_extension_enterprise_2_0_User")
        )

        _meta = d.pop("meta", UNSET)
        meta: SCIMMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SCIMMeta.from_dict(_meta)

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
