from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    parse_datetime,
    parse_uuid,
    within,
)
from ..models.item_type_40f_enum import ItemType40FEnum, check_item_type_40f_enum
from ..models.status_0e3_enum import Status0E3Enum, check_status_0e3_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_price import ItemPrice


T = TypeVar("T", bound="ItemSubscription")


@_attrs_define
class ItemSubscription:
    unique_id: UUID
    user_id: int
    username: str
    email: str
    item_type: ItemType40FEnum
    """ * `mentor` - Mentor
    * `course` - Course
    * `program` - Program
    * `pathway` - Pathway """
    item_id: str
    """ Identifier for the item """
    item_name: str
    price: ItemPrice
    billing_portal_url: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: Status0E3Enum | Unset = UNSET
    """ * `active` - Active
    * `free` - Free Tier
    * `grandfathered` - Grandfathered
    * `trialing` - Trialing
    * `past_due` - Past Due
    * `canceled` - Canceled
    * `incomplete` - Incomplete """
    current_period_start: datetime.datetime | None | Unset = UNSET
    """ Start of current billing period """
    current_period_end: datetime.datetime | None | Unset = UNSET
    """ End of current billing period """
    trial_end: datetime.datetime | None | Unset = UNSET
    """ When the trial ends (if applicable) """
    cancel_at_period_end: bool | Unset = UNSET
    """ Whether subscription will cancel at period end """
    canceled_at: datetime.datetime | None | Unset = UNSET
    """ When the subscription was canceled """
    is_grandfathered: bool | Unset = UNSET
    """ Whether this is a grandfathered pre-paywall user """
    grandfathered_at: datetime.datetime | None | Unset = UNSET
    """ When the user was grandfathered """
    metadata: Any | Unset = UNSET
    """ Additional subscription metadata """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_id = str(self.unique_id)

        user_id = self.user_id

        username = self.username

        email = self.email

        item_type: str = self.item_type

        item_id = self.item_id

        item_name = self.item_name

        price = self.price.to_dict()

        billing_portal_url: None | str
        billing_portal_url = self.billing_portal_url

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        current_period_start: None | str | Unset
        if isinstance(self.current_period_start, Unset):
            current_period_start = UNSET
        elif isinstance(self.current_period_start, datetime.datetime):
            current_period_start = self.current_period_start.isoformat()
        else:
            current_period_start = self.current_period_start

        current_period_end: None | str | Unset
        if isinstance(self.current_period_end, Unset):
            current_period_end = UNSET
        elif isinstance(self.current_period_end, datetime.datetime):
            current_period_end = self.current_period_end.isoformat()
        else:
            current_period_end = self.current_period_end

        trial_end: None | str | Unset
        if isinstance(self.trial_end, Unset):
            trial_end = UNSET
        elif isinstance(self.trial_end, datetime.datetime):
            trial_end = self.trial_end.isoformat()
        else:
            trial_end = self.trial_end

        cancel_at_period_end = self.cancel_at_period_end

        canceled_at: None | str | Unset
        if isinstance(self.canceled_at, Unset):
            canceled_at = UNSET
        elif isinstance(self.canceled_at, datetime.datetime):
            canceled_at = self.canceled_at.isoformat()
        else:
            canceled_at = self.canceled_at

        is_grandfathered = self.is_grandfathered

        grandfathered_at: None | str | Unset
        if isinstance(self.grandfathered_at, Unset):
            grandfathered_at = UNSET
        elif isinstance(self.grandfathered_at, datetime.datetime):
            grandfathered_at = self.grandfathered_at.isoformat()
        else:
            grandfathered_at = self.grandfathered_at

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unique_id": unique_id,
                "user_id": user_id,
                "username": username,
                "email": email,
                "item_type": item_type,
                "item_id": item_id,
                "item_name": item_name,
                "price": price,
                "billing_portal_url": billing_portal_url,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if current_period_start is not UNSET:
            field_dict["current_period_start"] = current_period_start
        if current_period_end is not UNSET:
            field_dict["current_period_end"] = current_period_end
        if trial_end is not UNSET:
            field_dict["trial_end"] = trial_end
        if cancel_at_period_end is not UNSET:
            field_dict["cancel_at_period_end"] = cancel_at_period_end
        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at
        if is_grandfathered is not UNSET:
            field_dict["is_grandfathered"] = is_grandfathered
        if grandfathered_at is not UNSET:
            field_dict["grandfathered_at"] = grandfathered_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_price import ItemPrice  # noqa: PLC0415

        d = dict(src_dict)
        unique_id = parse_uuid("unique_id", d.pop("unique_id"))

        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        email = d.pop("email")
        if not isinstance(email, str):
            raise FieldError("email", "a string", email)

        item_type = check_item_type_40f_enum(d.pop("item_type"), "item_type")

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise FieldError("item_id", "a string", item_id)

        item_name = d.pop("item_name")
        if not isinstance(item_name, str):
            raise FieldError("item_name", "a string", item_name)

        price = nested("price", ItemPrice, d.pop("price"))

        def _parse_billing_portal_url(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("billing_portal_url", "a string or null", data)

        billing_portal_url = _parse_billing_portal_url(d.pop("billing_portal_url"))

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        _status = d.pop("status", UNSET)
        status: Status0E3Enum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_status_0e3_enum(_status, "status")

        def _parse_current_period_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    current_period_start_type_0 = parse_datetime(
                        "current_period_start_type_0", data
                    )

                    return current_period_start_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error,
                        within("current_period_start", member_error, "current_period_start_type_0"),
                    )
            if error is not None:
                raise error
            raise FieldError("current_period_start", "a date-time string or null", data)

        current_period_start = _parse_current_period_start(d.pop("current_period_start", UNSET))

        def _parse_current_period_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    current_period_end_type_0 = parse_datetime("current_period_end_type_0", data)

                    return current_period_end_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error,
                        within("current_period_end", member_error, "current_period_end_type_0"),
                    )
            if error is not None:
                raise error
            raise FieldError("current_period_end", "a date-time string or null", data)

        current_period_end = _parse_current_period_end(d.pop("current_period_end", UNSET))

        def _parse_trial_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    trial_end_type_0 = parse_datetime("trial_end_type_0", data)

                    return trial_end_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("trial_end", member_error, "trial_end_type_0"))
            if error is not None:
                raise error
            raise FieldError("trial_end", "a date-time string or null", data)

        trial_end = _parse_trial_end(d.pop("trial_end", UNSET))

        cancel_at_period_end = d.pop("cancel_at_period_end", UNSET)
        if not isinstance(cancel_at_period_end, (bool, Unset)):
            raise FieldError("cancel_at_period_end", "a boolean", cancel_at_period_end)

        def _parse_canceled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    canceled_at_type_0 = parse_datetime("canceled_at_type_0", data)

                    return canceled_at_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("canceled_at", member_error, "canceled_at_type_0"))
            if error is not None:
                raise error
            raise FieldError("canceled_at", "a date-time string or null", data)

        canceled_at = _parse_canceled_at(d.pop("canceled_at", UNSET))

        is_grandfathered = d.pop("is_grandfathered", UNSET)
        if not isinstance(is_grandfathered, (bool, Unset)):
            raise FieldError("is_grandfathered", "a boolean", is_grandfathered)

        def _parse_grandfathered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    grandfathered_at_type_0 = parse_datetime("grandfathered_at_type_0", data)

                    return grandfathered_at_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("grandfathered_at", member_error, "grandfathered_at_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("grandfathered_at", "a date-time string or null", data)

        grandfathered_at = _parse_grandfathered_at(d.pop("grandfathered_at", UNSET))

        metadata = d.pop("metadata", UNSET)

        item_subscription = cls(
            unique_id=unique_id,
            user_id=user_id,
            username=username,
            email=email,
            item_type=item_type,
            item_id=item_id,
            item_name=item_name,
            price=price,
            billing_portal_url=billing_portal_url,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            current_period_start=current_period_start,
            current_period_end=current_period_end,
            trial_end=trial_end,
            cancel_at_period_end=cancel_at_period_end,
            canceled_at=canceled_at,
            is_grandfathered=is_grandfathered,
            grandfathered_at=grandfathered_at,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        item_subscription.additional_properties = additional_properties
        return item_subscription

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
