from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationV1CampaignsUnsubscribeRetrieve200Response")


@_attrs_define
class NotificationV1CampaignsUnsubscribeRetrieve200Response:
    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)
        if not isinstance(success, (bool, Unset)):
            raise FieldError("success", "a boolean", success)

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            raise FieldError("message", "a string", message)

        notification_v1_campaigns_unsubscribe_retrieve_200_response = cls(
            success=success,
            message=message,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        notification_v1_campaigns_unsubscribe_retrieve_200_response.additional_properties = (
            additional_properties
        )
        return notification_v1_campaigns_unsubscribe_retrieve_200_response

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
