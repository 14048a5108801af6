from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignEnablement")


@_attrs_define
class CampaignEnablement:
    """Serializer for campaign enablement requests."""

    campaign_id: int | Unset = UNSET
    """ ID of the campaign to enable """
    campaign_title: str | Unset = UNSET
    """ Title of the campaign to enable """
    email: str | Unset = UNSET
    """ Email address to enable for the campaign """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        campaign_title = self.campaign_title

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_title is not UNSET:
            field_dict["campaign_title"] = campaign_title
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id", UNSET)
        if not isinstance(campaign_id, (int, Unset)) or campaign_id is True or campaign_id is False:
            raise FieldError("campaign_id", "an integer", campaign_id)

        campaign_title = d.pop("campaign_title", UNSET)
        if not isinstance(campaign_title, (str, Unset)):
            raise FieldError("campaign_title", "a string", campaign_title)

        email = d.pop("email", UNSET)
        if not isinstance(email, (str, Unset)):
            raise FieldError("email", "a string", email)

        campaign_enablement = cls(
            campaign_id=campaign_id,
            campaign_title=campaign_title,
            email=email,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        campaign_enablement.additional_properties = additional_properties
        return campaign_enablement

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
