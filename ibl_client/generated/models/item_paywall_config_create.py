from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.grandfathering_strategy_enum import (
    GrandfatheringStrategyEnum,
    check_grandfathering_strategy_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemPaywallConfigCreate")


@_attrs_define
class ItemPaywallConfigCreate:
    is_enabled: bool | Unset = UNSET
    description: str | Unset = UNSET
    allow_free_tier: bool | Unset = UNSET
    trial_period_days: int | Unset = UNSET
    grandfathering_strategy: GrandfatheringStrategyEnum | Unset = UNSET
    """ * `free_forever` - Free Forever - Existing users get unlimited free access
    * `require_subscription` - Require Subscription - All users must subscribe (no grandfathering) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        description = self.description

        allow_free_tier = self.allow_free_tier

        trial_period_days = self.trial_period_days

        grandfathering_strategy: str | Unset = UNSET
        if not isinstance(self.grandfathering_strategy, Unset):
            grandfathering_strategy = self.grandfathering_strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if description is not UNSET:
            field_dict["description"] = description
        if allow_free_tier is not UNSET:
            field_dict["allow_free_tier"] = allow_free_tier
        if trial_period_days is not UNSET:
            field_dict["trial_period_days"] = trial_period_days
        if grandfathering_strategy is not UNSET:
            field_dict["grandfathering_strategy"] = grandfathering_strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_enabled = d.pop("is_enabled", UNSET)
        if not isinstance(is_enabled, (bool, Unset)):
            raise FieldError("is_enabled", "a boolean", is_enabled)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        allow_free_tier = d.pop("allow_free_tier", UNSET)
        if not isinstance(allow_free_tier, (bool, Unset)):
            raise FieldError("allow_free_tier", "a boolean", allow_free_tier)

        trial_period_days = d.pop("trial_period_days", UNSET)
        if (
            not isinstance(trial_period_days, (int, Unset))
            or trial_period_days is True
            or trial_period_days is False
        ):
            raise FieldError("trial_period_days", "an integer", trial_period_days)

        _grandfathering_strategy = d.pop("grandfathering_strategy", UNSET)
        grandfathering_strategy: GrandfatheringStrategyEnum | Unset
        if isinstance(_grandfathering_strategy, Unset):
            grandfathering_strategy = UNSET
        else:
            grandfathering_strategy = check_grandfathering_strategy_enum(
                _grandfathering_strategy, "grandfathering_strategy"
            )

        item_paywall_config_create = cls(
            is_enabled=is_enabled,
            description=description,
            allow_free_tier=allow_free_tier,
            trial_period_days=trial_period_days,
            grandfathering_strategy=grandfathering_strategy,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        item_paywall_config_create.additional_properties = additional_properties
        return item_paywall_config_create

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
