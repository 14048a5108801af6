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
    from ..models.scim_address import SCIMAddress
    from ..models.scim_email import SCIMEmail
    from ..models.scim_meta import SCIMMeta
    from ..models.scim_name import SCIMName
    from ..models.scim_phone_number import SCIMPhoneNumber


T = TypeVar("T", bound="SCIMUserCreateRequest")


@_attrs_define
class SCIMUserCreateRequest:
    """SCIM user creation request serializer"""

    user_name: str
    """ Unique username/email for the user """
    name: SCIMName
    """ SCIM name object serializer. Fields allow_blank=True so response validation succeeds for users with no name
    set. """
    emails: list[SCIMEmail]
    """ User's email addresses """
    schemas: list[str] | Unset = UNSET
    """ SCIM schema identifiers """
    active: bool | Unset = UNSET
    """ Whether the user is active """
    display_name: str | Unset = UNSET
    """ Display name """
    locale: str | Unset = UNSET
    """ User locale """
    timezone: str | Unset = UNSET
    """ User timezone """
    title: str | Unset = UNSET
    """ Job title """
    organization: str | Unset = UNSET
    """ Organization """
    phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET
    """ Phone numbers """
    addresses: list[SCIMAddress] | Unset = UNSET
    """ Addresses """
    entitlements: list[str] | Unset = UNSET
    """ User entitlements """
    roles: list[str] | Unset = UNSET
    """ User roles """
    x_509_certificates: list[str] | Unset = UNSET
    """ X.509 certificates """
    password: str | Unset = UNSET
    """ User password """
    provider: str | Unset = UNSET
    """ Authentication provider """
    tpa_uid: str | Unset = UNSET
    """ Third-party authentication UID """
    is_staff: bool | Unset = UNSET
    """ Whether the user is a staff member """
    update: bool | Unset = UNSET
    """ Whether to update existing user """
    platform_orgs: list[str] | Unset = UNSET
    """ List of platform organizations to link the user to """
    department_ids: list[int] | Unset = UNSET
    """ List of department IDs to make the user a member of """
    group_ids: list[int] | Unset = UNSET
    """ List of group IDs to add the user to """
    rbac_group_unique_ids: list[str] | Unset = UNSET
    """ List of RBAC group unique IDs to add the user to """
    meta: SCIMMeta | Unset = UNSET
    """ SCIM meta object serializer """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_name = self.user_name

        name = self.name.to_dict()

        emails = []
        for emails_item_data in self.emails:
            emails_item = emails_item_data.to_dict()
            emails.append(emails_item)

        schemas: list[str] | Unset = UNSET
        if not isinstance(self.schemas, Unset):
            schemas = self.schemas

        active = self.active

        display_name = self.display_name

        locale = self.locale

        timezone = self.timezone

        title = self.title

        organization = self.organization

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        entitlements: list[str] | Unset = UNSET
        if not isinstance(self.entitlements, Unset):
            entitlements = self.entitlements

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        x_509_certificates: list[str] | Unset = UNSET
        if not isinstance(self.x_509_certificates, Unset):
            x_509_certificates = self.x_509_certificates

        password = self.password

        provider = self.provider

        tpa_uid = self.tpa_uid

        is_staff = self.is_staff

        update = self.update

        platform_orgs: list[str] | Unset = UNSET
        if not isinstance(self.platform_orgs, Unset):
            platform_orgs = self.platform_orgs

        department_ids: list[int] | Unset = UNSET
        if not isinstance(self.department_ids, Unset):
            department_ids = self.department_ids

        group_ids: list[int] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        rbac_group_unique_ids: list[str] | Unset = UNSET
        if not isinstance(self.rbac_group_unique_ids, Unset):
            rbac_group_unique_ids = self.rbac_group_unique_ids

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userName": user_name,
                "name": name,
                "emails": emails,
            }
        )
        if schemas is not UNSET:
            field_dict["schemas"] = schemas
        if active is not UNSET:
            field_dict["active"] = active
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if locale is not UNSET:
            field_dict["locale"] = locale
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if title is not UNSET:
            field_dict["title"] = title
        if organization is not UNSET:
            field_dict["organization"] = organization
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if roles is not UNSET:
            field_dict["roles"] = roles
        if x_509_certificates is not UNSET:
            field_dict["x509Certificates"] = x_509_certificates
        if password is not UNSET:
            field_dict["password"] = password
        if provider is not UNSET:
            field_dict["provider"] = provider
        if tpa_uid is not UNSET:
            field_dict["tpaUid"] = tpa_uid
        if is_staff is not UNSET:
            field_dict["isStaff"] = is_staff
        if update is not UNSET:
            field_dict["update"] = update
        if platform_orgs is not UNSET:
            field_dict["platformOrgs"] = platform_orgs
        if department_ids is not UNSET:
            field_dict["departmentIds"] = department_ids
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids
        if rbac_group_unique_ids is not UNSET:
            field_dict["rbacGroupUniqueIds"] = rbac_group_unique_ids
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_address import SCIMAddress  # noqa: PLC0415
        from ..models.scim_email import SCIMEmail  # noqa: PLC0415
        from ..models.scim_meta import SCIMMeta  # noqa: PLC0415
        from ..models.scim_name import SCIMName  # noqa: PLC0415
        from ..models.scim_phone_number import SCIMPhoneNumber  # noqa: PLC0415

        d = dict(src_dict)
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

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        display_name = d.pop("displayName", UNSET)
        if not isinstance(display_name, (str, Unset)):
            raise FieldError("displayName", "a string", display_name)

        locale = d.pop("locale", UNSET)
        if not isinstance(locale, (str, Unset)):
            raise FieldError("locale", "a string", locale)

        timezone = d.pop("timezone", UNSET)
        if not isinstance(timezone, (str, Unset)):
            raise FieldError("timezone", "a string", timezone)

        title = d.pop("title", UNSET)
        if not isinstance(title, (str, Unset)):
            raise FieldError("title", "a string", title)

        organization = d.pop("organization", UNSET)
        if not isinstance(organization, (str, Unset)):
            raise FieldError("organization", "a string", organization)

        _phone_numbers = d.pop("phoneNumbers", UNSET)
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET
        if _phone_numbers is not UNSET:
            if not isinstance(_phone_numbers, list):
                raise FieldError("phoneNumbers", "an array", _phone_numbers)
            phone_numbers = []
            for _phone_numbers_index, phone_numbers_item_data in enumerate(_phone_numbers):
                try:
                    phone_numbers_item = nested(
                        "phoneNumbers_item", SCIMPhoneNumber, phone_numbers_item_data
                    )

                except PARSE_ERRORS as _phone_numbers_error:
                    raise within(
                        ("phoneNumbers", _phone_numbers_index),
                        _phone_numbers_error,
                        "phoneNumbers_item",
                    ) from _phone_numbers_error
                phone_numbers.append(phone_numbers_item)

        _addresses = d.pop("addresses", UNSET)
        addresses: list[SCIMAddress] | Unset = UNSET
        if _addresses is not UNSET:
            if not isinstance(_addresses, list):
                raise FieldError("addresses", "an array", _addresses)
            addresses = []
            for _addresses_index, addresses_item_data in enumerate(_addresses):
                try:
                    addresses_item = nested("addresses_item", SCIMAddress, addresses_item_data)

                except PARSE_ERRORS as _addresses_error:
                    raise within(
                        ("addresses", _addresses_index), _addresses_error, "addresses_item"
                    ) from _addresses_error
                addresses.append(addresses_item)

        _entitlements = d.pop("entitlements", UNSET)
        entitlements: list[str] | Unset = UNSET
        if _entitlements is not UNSET:
            if not isinstance(_entitlements, list):
                raise FieldError("entitlements", "an array", _entitlements)
            entitlements = []
            for _entitlements_index, entitlements_item_data in enumerate(_entitlements):
                try:
                    entitlements_item = entitlements_item_data
                    if not isinstance(entitlements_item, str):
                        raise FieldError("entitlements_item", "a string", entitlements_item)

                except PARSE_ERRORS as _entitlements_error:
                    raise within(
                        ("entitlements", _entitlements_index),
                        _entitlements_error,
                        "entitlements_item",
                    ) from _entitlements_error
                entitlements.append(entitlements_item)

        _roles = d.pop("roles", UNSET)
        roles: list[str] | Unset = UNSET
        if _roles is not UNSET:
            if not isinstance(_roles, list):
                raise FieldError("roles", "an array", _roles)
            roles = []
            for _roles_index, roles_item_data in enumerate(_roles):
                try:
                    roles_item = roles_item_data
                    if not isinstance(roles_item, str):
                        raise FieldError("roles_item", "a string", roles_item)

                except PARSE_ERRORS as _roles_error:
                    raise within(
                        ("roles", _roles_index), _roles_error, "roles_item"
                    ) from _roles_error
                roles.append(roles_item)

        _x_509_certificates = d.pop("x509Certificates", UNSET)
        x_509_certificates: list[str] | Unset = UNSET
        if _x_509_certificates is not UNSET:
            if not isinstance(_x_509_certificates, list):
                raise FieldError("x509Certificates", "an array", _x_509_certificates)
            x_509_certificates = []
            for _x_509_certificates_index, x_509_certificates_item_data in enumerate(
                _x_509_certificates
            ):
                try:
                    x_509_certificates_item = x_509_certificates_item_data
                    if not isinstance(x_509_certificates_item, str):
                        raise FieldError(
                            "x509Certificates_item", "a string", x_509_certificates_item
                        )

                except PARSE_ERRORS as _x_509_certificates_error:
                    raise within(
                        ("x509Certificates", _x_509_certificates_index),
                        _x_509_certificates_error,
                        "x509Certificates_item",
                    ) from _x_509_certificates_error
                x_509_certificates.append(x_509_certificates_item)

        password = d.pop("password", UNSET)
        if not isinstance(password, (str, Unset)):
            raise FieldError("password", "a string", password)

        provider = d.pop("provider", UNSET)
        if not isinstance(provider, (str, Unset)):
            raise FieldError("provider", "a string", provider)

        tpa_uid = d.pop("tpaUid", UNSET)
        if not isinstance(tpa_uid, (str, Unset)):
            raise FieldError("tpaUid", "a string", tpa_uid)

        is_staff = d.pop("isStaff", UNSET)
        if not isinstance(is_staff, (bool, Unset)):
            raise FieldError("isStaff", "a boolean", is_staff)

        update = d.pop("update", UNSET)
        if not isinstance(update, (bool, Unset)):
            raise FieldError("update", "a boolean", update)

        _platform_orgs = d.pop("platformOrgs", UNSET)
        platform_orgs: list[str] | Unset = UNSET
        if _platform_orgs is not UNSET:
            if not isinstance(_platform_orgs, list):
                raise FieldError("platformOrgs", "an array", _platform_orgs)
            platform_orgs = []
            for _platform_orgs_index, platform_orgs_item_data in enumerate(_platform_orgs):
                try:
                    platform_orgs_item = platform_orgs_item_data
                    if not isinstance(platform_orgs_item, str):
                        raise FieldError("platformOrgs_item", "a string", platform_orgs_item)

                except PARSE_ERRORS as _platform_orgs_error:
                    raise within(
                        ("platformOrgs", _platform_orgs_index),
                        _platform_orgs_error,
                        "platformOrgs_item",
                    ) from _platform_orgs_error
                platform_orgs.append(platform_orgs_item)

        _department_ids = d.pop("departmentIds", UNSET)
        department_ids: list[int] | Unset = UNSET
        if _department_ids is not UNSET:
            if not isinstance(_department_ids, list):
                raise FieldError("departmentIds", "an array", _department_ids)
            department_ids = []
            for _department_ids_index, department_ids_item_data in enumerate(_department_ids):
                try:
                    department_ids_item = department_ids_item_data
                    if (
                        not isinstance(department_ids_item, int)
                        or department_ids_item is True
                        or department_ids_item is False
                    ):
                        raise FieldError("departmentIds_item", "an integer", department_ids_item)

                except PARSE_ERRORS as _department_ids_error:
                    raise within(
                        ("departmentIds", _department_ids_index),
                        _department_ids_error,
                        "departmentIds_item",
                    ) from _department_ids_error
                department_ids.append(department_ids_item)

        _group_ids = d.pop("groupIds", UNSET)
        group_ids: list[int] | Unset = UNSET
        if _group_ids is not UNSET:
            if not isinstance(_group_ids, list):
                raise FieldError("groupIds", "an array", _group_ids)
            group_ids = []
            for _group_ids_index, group_ids_item_data in enumerate(_group_ids):
                try:
                    group_ids_item = group_ids_item_data
                    if (
                        not isinstance(group_ids_item, int)
                        or group_ids_item is True
                        or group_ids_item is False
                    ):
                        raise FieldError("groupIds_item", "an integer", group_ids_item)

                except PARSE_ERRORS as _group_ids_error:
                    raise within(
                        ("groupIds", _group_ids_index), _group_ids_error, "groupIds_item"
                    ) from _group_ids_error
                group_ids.append(group_ids_item)

        _rbac_group_unique_ids = d.pop("rbacGroupUniqueIds", UNSET)
        rbac_group_unique_ids: list[str] | Unset = UNSET
        if _rbac_group_unique_ids is not UNSET:
            if not isinstance(_rbac_group_unique_ids, list):
                raise FieldError("rbacGroupUniqueIds", "an array", _rbac_group_unique_ids)
            rbac_group_unique_ids = []
            for _rbac_group_unique_ids_index, rbac_group_unique_ids_item_data in enumerate(
                _rbac_group_unique_ids
            ):
                try:
                    rbac_group_unique_ids_item = rbac_group_unique_ids_item_data
                    if not isinstance(rbac_group_unique_ids_item, str):
                        raise FieldError(
                            "rbacGroupUniqueIds_item", "a string", rbac_group_unique_ids_item
                        )

                except PARSE_ERRORS as _rbac_group_unique_ids_error:
                    raise within(
                        ("rbacGroupUniqueIds", _rbac_group_unique_ids_index),
                        _rbac_group_unique_ids_error,
                        "rbacGroupUniqueIds_item",
                    ) from _rbac_group_unique_ids_error
                rbac_group_unique_ids.append(rbac_group_unique_ids_item)

        _meta = d.pop("meta", UNSET)
        meta: SCIMMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = nested("meta", SCIMMeta, _meta)

        scim_user_create_request = cls(
            user_name=user_name,
            name=name,
            emails=emails,
            schemas=schemas,
            active=active,
            display_name=display_name,
            locale=locale,
            timezone=timezone,
            title=title,
            organization=organization,
            phone_numbers=phone_numbers,
            addresses=addresses,
            entitlements=entitlements,
            roles=roles,
            x_509_certificates=x_509_certificates,
            password=password,
            provider=provider,
            tpa_uid=tpa_uid,
            is_staff=is_staff,
            update=update,
            platform_orgs=platform_orgs,
            department_ids=department_ids,
            group_ids=group_ids,
            rbac_group_unique_ids=rbac_group_unique_ids,
            meta=meta,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        scim_user_create_request.additional_properties = additional_properties
        return scim_user_create_request

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
