from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
)

T = TypeVar("T", bound="DisclaimerAgreement")


@_attrs_define
class DisclaimerAgreement:
    id: int
    user: int
    """ edX user ID """
    disclaimer: int
    agreed_at: datetime.datetime
    platform_key: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        disclaimer = self.disclaimer

        agreed_at = self.agreed_at.isoformat()

        platform_key = self.platform_key

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user": user,
                "disclaimer": disclaimer,
                "agreed_at": agreed_at,
                "platform_key": platform_key,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        user = d.pop("user")
        if not isinstance(user, int) or user is True or user is False:
            raise FieldError("user", "an integer", user)

        disclaimer = d.pop("disclaimer")
        if not isinstance(disclaimer, int) or disclaimer is True or disclaimer is False:
            raise FieldError("disclaimer", "an integer", disclaimer)

        agreed_at = parse_datetime("agreed_at", d.pop("agreed_at"))

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        user_id = d.pop("user_id")
        if not isinstance(user_id, str):
            raise FieldError("user_id", "a string", user_id)

        disclaimer_agreement = cls(
            id=id,
            user=user,
            disclaimer=disclaimer,
            agreed_at=agreed_at,
            platform_key=platform_key,
            user_id=user_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        disclaimer_agreement.additional_properties = additional_properties
        return disclaimer_agreement

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
