from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedCreditAccountAutoRechargeUpdateRequest")


@_attrs_define
class PatchedCreditAccountAutoRechargeUpdateRequest:
    """Partial update for CreditAccount auto-recharge fields."""

    auto_recharge_threshold_usd: str | Unset = UNSET
    """ Set the balance threshold for auto-recharge (must be non-negative). """
    auto_recharge_amount_usd: str | Unset = UNSET
    """ Set the amount to recharge (min $0.50). """
    auto_recharge_enabled: bool | Unset = UNSET
    """ Enable or disable auto-recharge. """
    auto_recharge_spending_limit_usd: str | Unset = UNSET
    """ Cap on auto-recharge + manual top-up per 30-day period (user USD). 0 = unlimited. When > 0, backend sets
    recharge amount to 20% of limit (min $0.50). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_recharge_threshold_usd = self.auto_recharge_threshold_usd

        auto_recharge_amount_usd = self.auto_recharge_amount_usd

        auto_recharge_enabled = self.auto_recharge_enabled

        auto_recharge_spending_limit_usd = self.auto_recharge_spending_limit_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_recharge_threshold_usd is not UNSET:
            field_dict["auto_recharge_threshold_usd"] = auto_recharge_threshold_usd
        if auto_recharge_amount_usd is not UNSET:
            field_dict["auto_recharge_amount_usd"] = auto_recharge_amount_usd
        if auto_recharge_enabled is not UNSET:
            field_dict["auto_recharge_enabled"] = auto_recharge_enabled
        if auto_recharge_spending_limit_usd is not UNSET:
            field_dict["auto_recharge_spending_limit_usd"] = auto_recharge_spending_limit_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_recharge_threshold_usd = d.pop("auto_recharge_threshold_usd", UNSET)
        if not isinstance(auto_recharge_threshold_usd, (str, Unset)):
            raise FieldError("auto_recharge_threshold_usd", "a string", auto_recharge_threshold_usd)

        auto_recharge_amount_usd = d.pop("auto_recharge_amount_usd", UNSET)
        if not isinstance(auto_recharge_amount_usd, (str, Unset)):
            raise FieldError("auto_recharge_amount_usd", "a string", auto_recharge_amount_usd)

        auto_recharge_enabled = d.pop("auto_recharge_enabled", UNSET)
        if not isinstance(auto_recharge_enabled, (bool, Unset)):
            raise FieldError("auto_recharge_enabled", "a boolean", auto_recharge_enabled)

        auto_recharge_spending_limit_usd = d.pop("auto_recharge_spending_limit_usd", UNSET)
        if not isinstance(auto_recharge_spending_limit_usd, (str, Unset)):
            raise FieldError(
                "auto_recharge_spending_limit_usd", "a string", auto_recharge_spending_limit_usd
            )

        patched_credit_account_auto_recharge_update_request = cls(
            auto_recharge_threshold_usd=auto_recharge_threshold_usd,
            auto_recharge_amount_usd=auto_recharge_amount_usd,
            auto_recharge_enabled=auto_recharge_enabled,
            auto_recharge_spending_limit_usd=auto_recharge_spending_limit_usd,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_credit_account_auto_recharge_update_request.additional_properties = (
            additional_properties
        )
        return patched_credit_account_auto_recharge_update_request

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
