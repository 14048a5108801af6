from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    within,
)
from ..models.item_type_3e2_enum import ItemType3E2Enum, check_item_type_3e2_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_subscription import ItemSubscription


T = TypeVar("T", bound="ItemAccessCheckResponse")


@_attrs_define
class ItemAccessCheckResponse:
    """Response for the generic item access check endpoint.

    Mirrors :class:`PaymentCheckResult` but only exposes the fields relevant to API consumers.

    """

    has_access: bool
    """ True if the user can access the item. """
    item_type: ItemType3E2Enum
    """ * `mentor` - mentor
    * `course` - course
    * `program` - program
    * `pathway` - pathway """
    item_id: str
    """ ID of the item that was checked. """
    reason: str
    """ Machine-readable reason for the access decision (e.g. 'active', 'no_paywall', 'no_subscription'). """
    requires_payment: bool
    """ True if the user must pay to gain access. """
    pricing_available: bool
    """ True if pricing tiers are available for purchase. """
    pricing: Any | Unset = UNSET
    """ Pricing details when access is denied (item name, tiers, amounts). """
    subscription: ItemSubscription | None | Unset = UNSET
    """ Active subscription details when the user has access via subscription. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.item_subscription import ItemSubscription  # noqa: PLC0415

        has_access = self.has_access

        item_type: str = self.item_type

        item_id = self.item_id

        reason = self.reason

        requires_payment = self.requires_payment

        pricing_available = self.pricing_available

        pricing = self.pricing

        subscription: dict[str, Any] | None | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        elif isinstance(self.subscription, ItemSubscription):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_access": has_access,
                "item_type": item_type,
                "item_id": item_id,
                "reason": reason,
                "requires_payment": requires_payment,
                "pricing_available": pricing_available,
            }
        )
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_subscription import ItemSubscription  # noqa: PLC0415

        d = dict(src_dict)
        has_access = d.pop("has_access")
        if not isinstance(has_access, bool):
            raise FieldError("has_access", "a boolean", has_access)

        item_type = check_item_type_3e2_enum(d.pop("item_type"), "item_type")

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise FieldError("item_id", "a string", item_id)

        reason = d.pop("reason")
        if not isinstance(reason, str):
            raise FieldError("reason", "a string", reason)

        requires_payment = d.pop("requires_payment")
        if not isinstance(requires_payment, bool):
            raise FieldError("requires_payment", "a boolean", requires_payment)

        pricing_available = d.pop("pricing_available")
        if not isinstance(pricing_available, bool):
            raise FieldError("pricing_available", "a boolean", pricing_available)

        pricing = d.pop("pricing", UNSET)

        def _parse_subscription(data: object) -> ItemSubscription | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, dict):
                try:
                    subscription_type_1 = nested("subscription_type_1", ItemSubscription, data)

                    return subscription_type_1
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("subscription", member_error, "subscription_type_1")
                    )
            if error is not None:
                raise error
            raise FieldError("subscription", "an object (ItemSubscription) or null", data)

        subscription = _parse_subscription(d.pop("subscription", UNSET))

        item_access_check_response = cls(
            has_access=has_access,
            item_type=item_type,
            item_id=item_id,
            reason=reason,
            requires_payment=requires_payment,
            pricing_available=pricing_available,
            pricing=pricing,
            subscription=subscription,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        item_access_check_response.additional_properties = additional_properties
        return item_access_check_response

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
