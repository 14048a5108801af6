from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.period_enum import PeriodEnum, check_period_enum
from ..models.stripe_checkout_session_request_mode_enum import (
    StripeCheckoutSessionRequestModeEnum,
    check_stripe_checkout_session_request_mode_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StripeCheckoutSessionRequest")


@_attrs_define
class StripeCheckoutSessionRequest:
    """Serializer for Stripe checkout session creation requests."""

    tenant: str
    """ Tenant type to create after successful checkout """
    success_url: str
    """ URL to redirect after successful payment """
    cancel_url: str
    """ URL to redirect if checkout cancelled """
    sku: str | Unset = UNSET
    """ Product SKU """
    product: str | Unset = UNSET
    """ Alternative to SKU """
    mode: StripeCheckoutSessionRequestModeEnum | Unset = UNSET
    """ * `subscription` - subscription
    * `payment` - payment
    * `setup` - setup """
    period: PeriodEnum | Unset = UNSET
    """ * `weekly` - weekly
    * `monthly` - monthly
    * `yearly` - yearly """
    metered: bool | Unset = UNSET
    """ Whether to use metered billing """
    quantity: int | Unset = UNSET
    """ Subscription quantity """
    coupon: str | Unset = UNSET
    """ Coupon code to apply """
    is_free_trial: bool | Unset = UNSET
    """ Enable free trial """
    trial_days: int | Unset = UNSET
    """ Trial period in days """
    skip_card: bool | Unset = UNSET
    """ Skip card collection for trial """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant = self.tenant

        success_url = self.success_url

        cancel_url = self.cancel_url

        sku = self.sku

        product = self.product

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        period: str | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period

        metered = self.metered

        quantity = self.quantity

        coupon = self.coupon

        is_free_trial = self.is_free_trial

        trial_days = self.trial_days

        skip_card = self.skip_card

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenant": tenant,
                "success_url": success_url,
                "cancel_url": cancel_url,
            }
        )
        if sku is not UNSET:
            field_dict["sku"] = sku
        if product is not UNSET:
            field_dict["product"] = product
        if mode is not UNSET:
            field_dict["mode"] = mode
        if period is not UNSET:
            field_dict["period"] = period
        if metered is not UNSET:
            field_dict["metered"] = metered
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if is_free_trial is not UNSET:
            field_dict["is_free_trial"] = is_free_trial
        if trial_days is not UNSET:
            field_dict["trial_days"] = trial_days
        if skip_card is not UNSET:
            field_dict["skip_card"] = skip_card

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant = d.pop("tenant")
        if not isinstance(tenant, str):
            raise FieldError("tenant", "a string", tenant)

        success_url = d.pop("success_url")
        if not isinstance(success_url, str):
            raise FieldError("success_url", "a string", success_url)

        cancel_url = d.pop("cancel_url")
        if not isinstance(cancel_url, str):
            raise FieldError("cancel_url", "a string", cancel_url)

        sku = d.pop("sku", UNSET)
        if not isinstance(sku, (str, Unset)):
            raise FieldError("sku", "a string", sku)

        product = d.pop("product", UNSET)
        if not isinstance(product, (str, Unset)):
            raise FieldError("product", "a string", product)

        _mode = d.pop("mode", UNSET)
        mode: StripeCheckoutSessionRequestModeEnum | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_stripe_checkout_session_request_mode_enum(_mode, "mode")

        _period = d.pop("period", UNSET)
        period: PeriodEnum | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = check_period_enum(_period, "period")

        metered = d.pop("metered", UNSET)
        if not isinstance(metered, (bool, Unset)):
            raise FieldError("metered", "a boolean", metered)

        quantity = d.pop("quantity", UNSET)
        if not isinstance(quantity, (int, Unset)) or quantity is True or quantity is False:
            raise FieldError("quantity", "an integer", quantity)

        coupon = d.pop("coupon", UNSET)
        if not isinstance(coupon, (str, Unset)):
            raise FieldError("coupon", "a string", coupon)

        is_free_trial = d.pop("is_free_trial", UNSET)
        if not isinstance(is_free_trial, (bool, Unset)):
            raise FieldError("is_free_trial", "a boolean", is_free_trial)

        trial_days = d.pop("trial_days", UNSET)
        if not isinstance(trial_days, (int, Unset)) or trial_days is True or trial_days is False:
            raise FieldError("trial_days", "an integer", trial_days)

        skip_card = d.pop("skip_card", UNSET)
        if not isinstance(skip_card, (bool, Unset)):
            raise FieldError("skip_card", "a boolean", skip_card)

        stripe_checkout_session_request = cls(
            tenant=tenant,
            success_url=success_url,
            cancel_url=cancel_url,
            sku=sku,
            product=product,
            mode=mode,
            period=period,
            metered=metered,
            quantity=quantity,
            coupon=coupon,
            is_free_trial=is_free_trial,
            trial_days=trial_days,
            skip_card=skip_card,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        stripe_checkout_session_request.additional_properties = additional_properties
        return stripe_checkout_session_request

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
