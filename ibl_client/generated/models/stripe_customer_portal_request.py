from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
)
from ..models.flow_type_enum import FlowTypeEnum, check_flow_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="StripeCustomerPortalRequest")


@_attrs_define
class StripeCustomerPortalRequest:
    return_url: str
    """ URL to redirect to when the customer exits the portal (back button) """
    subscription_id: str | Unset = UNSET
    """ Subscription ID required for subscription_update or subscription_cancel flows """
    flow_type: FlowTypeEnum | None | Unset = UNSET
    """ Type of flow to present: 'payment_method_update' for adding/updating payment method, 'subscription_update'
    for updating subscription, 'subscription_cancel' for cancellation. If not provided, shows the default portal
    homepage.

    * `payment_method_update` - Payment Method Update
    * `subscription_update` - Subscription Update
    * `subscription_cancel` - Subscription Cancel """
    after_completion_url: None | str | Unset = UNSET
    """ URL to redirect after the flow is completed successfully. Only used when flow_type is set. Defaults to
    return_url if not provided. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_url = self.return_url

        subscription_id = self.subscription_id

        flow_type: None | str | Unset
        if isinstance(self.flow_type, Unset):
            flow_type = UNSET
        elif isinstance(self.flow_type, str):
            flow_type = self.flow_type
        else:
            flow_type = self.flow_type

        after_completion_url: None | str | Unset
        if isinstance(self.after_completion_url, Unset):
            after_completion_url = UNSET
        else:
            after_completion_url = self.after_completion_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "return_url": return_url,
            }
        )
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if flow_type is not UNSET:
            field_dict["flow_type"] = flow_type
        if after_completion_url is not UNSET:
            field_dict["after_completion_url"] = after_completion_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        return_url = d.pop("return_url")
        if not isinstance(return_url, str):
            raise FieldError("return_url", "a string", return_url)

        subscription_id = d.pop("subscription_id", UNSET)
        if not isinstance(subscription_id, (str, Unset)):
            raise FieldError("subscription_id", "a string", subscription_id)

        def _parse_flow_type(data: object) -> FlowTypeEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                return check_flow_type_enum(data, "flow_type", known_only=True)
            except PARSE_ERRORS:
                pass
            if isinstance(data, str):
                return check_flow_type_enum(data, "flow_type")
            raise FieldError("flow_type", "one of FlowTypeEnum or null", data)

        flow_type = _parse_flow_type(d.pop("flow_type", UNSET))

        def _parse_after_completion_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("after_completion_url", "a string or null", data)

        after_completion_url = _parse_after_completion_url(d.pop("after_completion_url", UNSET))

        stripe_customer_portal_request = cls(
            return_url=return_url,
            subscription_id=subscription_id,
            flow_type=flow_type,
            after_completion_url=after_completion_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        stripe_customer_portal_request.additional_properties = additional_properties
        return stripe_customer_portal_request

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
