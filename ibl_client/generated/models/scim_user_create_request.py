from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "user_name": "userName",
        "display_name": "displayName",
        "phone_numbers": "phoneNumbers",
        "x_509_certificates": "x509Certificates",
        "tpa_uid": "tpaUid",
        "is_staff": "isStaff",
        "platform_orgs": "platformOrgs",
        "department_ids": "departmentIds",
        "group_ids": "groupIds",
        "rbac_group_unique_ids": "rbacGroupUniqueIds",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

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
            raise TypeError(f"userName: expected a string, got {type(user_name).__name__}")

        name = SCIMName.from_dict(d.pop("name"))

        emails = []
        _emails = d.pop("emails")
        for emails_item_data in _emails:
            emails_item = SCIMEmail.from_dict(emails_item_data)

            emails.append(emails_item)

        _schemas = d.pop("schemas", UNSET)
        schemas: list[str] | Unset = UNSET
        if _schemas is not UNSET:
            schemas = []
            for schemas_item_data in _schemas:
                schemas_item = schemas_item_data
                if not isinstance(schemas_item, str):
                    raise TypeError(
                        f"schemas_item: expected a string, got {type(schemas_item).__name__}"
                    )

                schemas.append(schemas_item)

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise TypeError(f"active: expected a boolean, got {type(active).__name__}")

        display_name = d.pop("displayName", UNSET)
        if not isinstance(display_name, (str, Unset)):
            raise TypeError(f"displayName: expected a string, got {type(display_name).__name__}")

        locale = d.pop("locale", UNSET)
        if not isinstance(locale, (str, Unset)):
            raise TypeError(f"locale: expected a string, got {type(locale).__name__}")

        timezone = d.pop("timezone", UNSET)
        if not isinstance(timezone, (str, Unset)):
            raise TypeError(f"timezone: expected a string, got {type(timezone).__name__}")

        title = d.pop("title", UNSET)
        if not isinstance(title, (str, Unset)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        organization = d.pop("organization", UNSET)
        if not isinstance(organization, (str, Unset)):
            raise TypeError(f"organization: expected a string, got {type(organization).__name__}")

        _phone_numbers = d.pop("phoneNumbers", UNSET)
        phone_numbers: list[SCIMPhoneNumber] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = SCIMPhoneNumber.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        _addresses = d.pop("addresses", UNSET)
        addresses: list[SCIMAddress] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = SCIMAddress.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _entitlements = d.pop("entitlements", UNSET)
        entitlements: list[str] | Unset = UNSET
        if _entitlements is not UNSET:
            entitlements = []
            for entitlements_item_data in _entitlements:
                entitlements_item = entitlements_item_data
                if not isinstance(entitlements_item, str):
                    raise TypeError(
                        f"entitlements_item: expected a string, got {type(entitlements_item).__name__}"
                    )

                entitlements.append(entitlements_item)

        _roles = d.pop("roles", UNSET)
        roles: list[str] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = roles_item_data
                if not isinstance(roles_item, str):
                    raise TypeError(
                        f"roles_item: expected a string, got {type(roles_item).__name__}"
                    )

                roles.append(roles_item)

        _x_509_certificates = d.pop("x509Certificates", UNSET)
        x_509_certificates: list[str] | Unset = UNSET
        if _x_509_certificates is not UNSET:
            x_509_certificates = []
            for x_509_certificates_item_data in _x_509_certificates:
                x_509_certificates_item = x_509_certificates_item_data
                if not isinstance(x_509_certificates_item, str):
                    raise TypeError(
                        f"x509Certificates_item: expected a string, got {type(x_509_certificates_item).__name__}"
                    )

                x_509_certificates.append(x_509_certificates_item)

        password = d.pop("password", UNSET)
        if not isinstance(password, (str, Unset)):
            raise TypeError(f"password: expected a string, got {type(password).__name__}")

        provider = d.pop("provider", UNSET)
        if not isinstance(provider, (str, Unset)):
            raise TypeError(f"provider: expected a string, got {type(provider).__name__}")

        tpa_uid = d.pop("tpaUid", UNSET)
        if not isinstance(tpa_uid, (str, Unset)):
            raise TypeError(f"tpaUid: expected a string, got {type(tpa_uid).__name__}")

        is_staff = d.pop("isStaff", UNSET)
        if not isinstance(is_staff, (bool, Unset)):
            raise TypeError(f"isStaff: expected a boolean, got {type(is_staff).__name__}")

        update = d.pop("update", UNSET)
        if not isinstance(update, (bool, Unset)):
            raise TypeError(f"update: expected a boolean, got {type(update).__name__}")

        _platform_orgs = d.pop("platformOrgs", UNSET)
        platform_orgs: list[str] | Unset = UNSET
        if _platform_orgs is not UNSET:
            platform_orgs = []
            for platform_orgs_item_data in _platform_orgs:
                platform_orgs_item = platform_orgs_item_data
                if not isinstance(platform_orgs_item, str):
                    raise TypeError(
                        f"platformOrgs_item: expected a string, got {type(platform_orgs_item).__name__}"
                    )

                platform_orgs.append(platform_orgs_item)

        _department_ids = d.pop("departmentIds", UNSET)
        department_ids: list[int] | Unset = UNSET
        if _department_ids is not UNSET:
            department_ids = []
            for department_ids_item_data in _department_ids:
                department_ids_item = department_ids_item_data
                if (
                    not isinstance(department_ids_item, int)
                    or department_ids_item is True
                    or department_ids_item is False
                ):
                    raise TypeError(
                        f"departmentIds_item: expected an integer, got {type(department_ids_item).__name__}"
                    )

                department_ids.append(department_ids_item)

        _group_ids = d.pop("groupIds", UNSET)
        group_ids: list[int] | Unset = UNSET
        if _group_ids is not UNSET:
            group_ids = []
            for group_ids_item_data in _group_ids:
                group_ids_item = group_ids_item_data
                if (
                    not isinstance(group_ids_item, int)
                    or group_ids_item is True
                    or group_ids_item is False
                ):
                    raise TypeError(
                        f"groupIds_item: expected an integer, got {type(group_ids_item).__name__}"
                    )

                group_ids.append(group_ids_item)

        _rbac_group_unique_ids = d.pop("rbacGroupUniqueIds", UNSET)
        rbac_group_unique_ids: list[str] | Unset = UNSET
        if _rbac_group_unique_ids is not UNSET:
            rbac_group_unique_ids = []
            for rbac_group_unique_ids_item_data in _rbac_group_unique_ids:
                rbac_group_unique_ids_item = rbac_group_unique_ids_item_data
                if not isinstance(rbac_group_unique_ids_item, str):
                    raise TypeError(
                        f"rbacGroupUniqueIds_item: expected a string, got {type(rbac_group_unique_ids_item).__name__}"
                    )

                rbac_group_unique_ids.append(rbac_group_unique_ids_item)

        _meta = d.pop("meta", UNSET)
        meta: SCIMMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SCIMMeta.from_dict(_meta)

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
