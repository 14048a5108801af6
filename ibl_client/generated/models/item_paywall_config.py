from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    parse_datetime,
    within,
)
from ..models.grandfathering_strategy_enum import (
    GrandfatheringStrategyEnum,
    check_grandfathering_strategy_enum,
)
from ..models.item_type_40f_enum import ItemType40FEnum, check_item_type_40f_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_price import ItemPrice


T = TypeVar("T", bound="ItemPaywallConfig")


@_attrs_define
class ItemPaywallConfig:
    item_type: ItemType40FEnum
    """ * `mentor` - Mentor
    * `course` - Course
    * `program` - Program
    * `pathway` - Pathway """
    item_id: str
    """ Identifier for the item (UUID for mentors, slug/key for others) """
    item_name: str
    stripe_product_id: None | str
    """ Stripe Product ID for this item (on the connected account) """
    paywall_enabled_at: datetime.datetime | None
    """ When the paywall was first enabled (for grandfathering cutoff) """
    prices: list[ItemPrice]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    is_enabled: bool | Unset = UNSET
    """ Whether the paywall is enabled for this item """
    description: str | Unset = UNSET
    """ Marketing description shown to customers at checkout. If blank, a default is generated from the item name.
    """
    allow_free_tier: bool | Unset = UNSET
    """ Whether to allow a free tier (bypasses checkout) """
    trial_period_days: int | Unset = UNSET
    """ Number of days for free trial (0 = no trial) """
    grandfathering_strategy: GrandfatheringStrategyEnum | Unset = UNSET
    """ * `free_forever` - Free Forever - Existing users get unlimited free access
    * `require_subscription` - Require Subscription - All users must subscribe (no grandfathering) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_type: str = self.item_type

        item_id = self.item_id

        item_name = self.item_name

        stripe_product_id: None | str
        stripe_product_id = self.stripe_product_id

        paywall_enabled_at: None | str
        if isinstance(self.paywall_enabled_at, datetime.datetime):
            paywall_enabled_at = self.paywall_enabled_at.isoformat()
        else:
            paywall_enabled_at = self.paywall_enabled_at

        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        is_enabled = self.is_enabled

        description = self.description

        allow_free_tier = self.allow_free_tier

        trial_period_days = self.trial_period_days

        grandfathering_strategy: str | Unset = UNSET
        if not isinstance(self.grandfathering_strategy, Unset):
            grandfathering_strategy = self.grandfathering_strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_type": item_type,
                "item_id": item_id,
                "item_name": item_name,
                "stripe_product_id": stripe_product_id,
                "paywall_enabled_at": paywall_enabled_at,
                "prices": prices,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
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
        from ..models.item_price import ItemPrice  # noqa: PLC0415

        d = dict(src_dict)
        item_type = check_item_type_40f_enum(d.pop("item_type"), "item_type")

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise FieldError("item_id", "a string", item_id)

        item_name = d.pop("item_name")
        if not isinstance(item_name, str):
            raise FieldError("item_name", "a string", item_name)

        def _parse_stripe_product_id(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("stripe_product_id", "a string or null", data)

        stripe_product_id = _parse_stripe_product_id(d.pop("stripe_product_id"))

        def _parse_paywall_enabled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    paywall_enabled_at_type_0 = parse_datetime("paywall_enabled_at_type_0", data)

                    return paywall_enabled_at_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error,
                        within("paywall_enabled_at", member_error, "paywall_enabled_at_type_0"),
                    )
            if error is not None:
                raise error
            raise FieldError("paywall_enabled_at", "a date-time string or null", data)

        paywall_enabled_at = _parse_paywall_enabled_at(d.pop("paywall_enabled_at"))

        _prices = d.pop("prices")
        if not isinstance(_prices, list):
            raise FieldError("prices", "an array", _prices)
        prices = []
        for _prices_index, prices_item_data in enumerate(_prices):
            try:
                prices_item = nested("prices_item", ItemPrice, prices_item_data)

            except PARSE_ERRORS as _prices_error:
                raise within(
                    ("prices", _prices_index), _prices_error, "prices_item"
                ) from _prices_error
            prices.append(prices_item)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

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

        item_paywall_config = cls(
            item_type=item_type,
            item_id=item_id,
            item_name=item_name,
            stripe_product_id=stripe_product_id,
            paywall_enabled_at=paywall_enabled_at,
            prices=prices,
            created_at=created_at,
            updated_at=updated_at,
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

        item_paywall_config.additional_properties = additional_properties
        return item_paywall_config

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
