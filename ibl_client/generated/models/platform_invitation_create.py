from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
    parse_datetime,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_invitation_create_metadata import PlatformInvitationCreateMetadata


T = TypeVar("T", bound="PlatformInvitationCreate")


@_attrs_define
class PlatformInvitationCreate:
    """Request serializer for PlatformInvitationView POST endpoint

    Supports new CSV format fields: - company_name (optional): Company name for the invited user - first_name (new):
    First name of the invited user - last_name (new): Last name of the invited user - user_group (new): Name of the
    UserGroup to assign the user to - user_group_owner_email (optional): Email of user who should own the group

    """

    platform_key: str
    """ The platform to create an invitation for """
    email: str | Unset = UNSET
    """ The email address to invite """
    username: str | Unset = UNSET
    """ The username to invite """
    active: bool | Unset = UNSET
    """ Whether the invitation is active """
    source: str | Unset = UNSET
    """ The source of the invitation """
    redirect_to: str | Unset = UNSET
    """ URL to redirect to after accepting the invitation """
    created: datetime.datetime | Unset = UNSET
    """ When the invitation was created """
    expired: datetime.datetime | Unset = UNSET
    """ When the invitation expires """
    metadata: PlatformInvitationCreateMetadata | Unset = UNSET
    """ Additional metadata for the invitation """
    company_name: str | Unset = UNSET
    """ Company name for the invited user """
    first_name: str | Unset = UNSET
    """ First name of the invited user """
    last_name: str | Unset = UNSET
    """ Last name of the invited user """
    user_group: str | Unset = UNSET
    """ Name of the UserGroup to assign the user to """
    user_group_owner_email: str | Unset = UNSET
    """ Email of user who should own the group (falls back to uploader) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        email = self.email

        username = self.username

        active = self.active

        source = self.source

        redirect_to = self.redirect_to

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        expired: str | Unset = UNSET
        if not isinstance(self.expired, Unset):
            expired = self.expired.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        company_name = self.company_name

        first_name = self.first_name

        last_name = self.last_name

        user_group = self.user_group

        user_group_owner_email = self.user_group_owner_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username
        if active is not UNSET:
            field_dict["active"] = active
        if source is not UNSET:
            field_dict["source"] = source
        if redirect_to is not UNSET:
            field_dict["redirect_to"] = redirect_to
        if created is not UNSET:
            field_dict["created"] = created
        if expired is not UNSET:
            field_dict["expired"] = expired
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if user_group is not UNSET:
            field_dict["user_group"] = user_group
        if user_group_owner_email is not UNSET:
            field_dict["user_group_owner_email"] = user_group_owner_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_invitation_create_metadata import PlatformInvitationCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        email = d.pop("email", UNSET)
        if not isinstance(email, (str, Unset)):
            raise FieldError("email", "a string", email)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        source = d.pop("source", UNSET)
        if not isinstance(source, (str, Unset)):
            raise FieldError("source", "a string", source)

        redirect_to = d.pop("redirect_to", UNSET)
        if not isinstance(redirect_to, (str, Unset)):
            raise FieldError("redirect_to", "a string", redirect_to)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = parse_datetime("created", _created)

        _expired = d.pop("expired", UNSET)
        expired: datetime.datetime | Unset
        if isinstance(_expired, Unset):
            expired = UNSET
        else:
            expired = parse_datetime("expired", _expired)

        _metadata = d.pop("metadata", UNSET)
        metadata: PlatformInvitationCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", PlatformInvitationCreateMetadata, _metadata)

        company_name = d.pop("company_name", UNSET)
        if not isinstance(company_name, (str, Unset)):
            raise FieldError("company_name", "a string", company_name)

        first_name = d.pop("first_name", UNSET)
        if not isinstance(first_name, (str, Unset)):
            raise FieldError("first_name", "a string", first_name)

        last_name = d.pop("last_name", UNSET)
        if not isinstance(last_name, (str, Unset)):
            raise FieldError("last_name", "a string", last_name)

        user_group = d.pop("user_group", UNSET)
        if not isinstance(user_group, (str, Unset)):
            raise FieldError("user_group", "a string", user_group)

        user_group_owner_email = d.pop("user_group_owner_email", UNSET)
        if not isinstance(user_group_owner_email, (str, Unset)):
            raise FieldError("user_group_owner_email", "a string", user_group_owner_email)

        platform_invitation_create = cls(
            platform_key=platform_key,
            email=email,
            username=username,
            active=active,
            source=source,
            redirect_to=redirect_to,
            created=created,
            expired=expired,
            metadata=metadata,
            company_name=company_name,
            first_name=first_name,
            last_name=last_name,
            user_group=user_group,
            user_group_owner_email=user_group_owner_email,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform_invitation_create.additional_properties = additional_properties
        return platform_invitation_create

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
