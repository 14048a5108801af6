from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_invitation_redemption_metadata import (
        PlatformInvitationRedemptionMetadata,
    )


T = TypeVar("T", bound="PlatformInvitationRedemption")


@_attrs_define
class PlatformInvitationRedemption:
    """Request serializer for PlatformInvitationRedemptionView POST endpoint"""

    platform_key: str
    """ The platform key for the invitation """
    source: str
    """ The source identifier for the invitation """
    email: str | Unset = UNSET
    """ The email to associate with the invitation """
    username: str | Unset = UNSET
    """ The username to associate with the invitation """
    metadata: PlatformInvitationRedemptionMetadata | Unset = UNSET
    """ Additional metadata for the invitation """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        source = self.source

        email = self.email

        username = self.username

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "source": source,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_invitation_redemption_metadata import (
            PlatformInvitationRedemptionMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        source = d.pop("source")
        if not isinstance(source, str):
            raise FieldError("source", "a string", source)

        email = d.pop("email", UNSET)
        if not isinstance(email, (str, Unset)):
            raise FieldError("email", "a string", email)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        _metadata = d.pop("metadata", UNSET)
        metadata: PlatformInvitationRedemptionMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", PlatformInvitationRedemptionMetadata, _metadata)

        platform_invitation_redemption = cls(
            platform_key=platform_key,
            source=source,
            email=email,
            username=username,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform_invitation_redemption.additional_properties = additional_properties
        return platform_invitation_redemption

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
