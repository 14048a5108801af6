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
from ..models.google_pay_account_response_status_enum import (
    GooglePayAccountResponseStatusEnum,
    check_google_pay_account_response_status_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GooglePayAccountResponse")


@_attrs_define
class GooglePayAccountResponse:
    account_id: str
    created_on: datetime.datetime
    last_updated: datetime.datetime
    bundle_id: str | Unset = UNSET
    """ The bundle id of the app """
    status: GooglePayAccountResponseStatusEnum | Unset = UNSET
    """ * `ACCOUNT_ACTIVE` - Account Active
    * `ACCOUNT_PENDING` - Account Pending """
    user: int | None | Unset = UNSET
    """ edX user ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        created_on = self.created_on.isoformat()

        last_updated = self.last_updated.isoformat()

        bundle_id = self.bundle_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        user: int | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "created_on": created_on,
                "last_updated": last_updated,
            }
        )
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if status is not UNSET:
            field_dict["status"] = status
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")
        if not isinstance(account_id, str):
            raise FieldError("account_id", "a string", account_id)

        created_on = parse_datetime("created_on", d.pop("created_on"))

        last_updated = parse_datetime("last_updated", d.pop("last_updated"))

        bundle_id = d.pop("bundle_id", UNSET)
        if not isinstance(bundle_id, (str, Unset)):
            raise FieldError("bundle_id", "a string", bundle_id)

        _status = d.pop("status", UNSET)
        status: GooglePayAccountResponseStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_google_pay_account_response_status_enum(_status, "status")

        def _parse_user(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("user", "an integer or null", data)

        user = _parse_user(d.pop("user", UNSET))

        google_pay_account_response = cls(
            account_id=account_id,
            created_on=created_on,
            last_updated=last_updated,
            bundle_id=bundle_id,
            status=status,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        google_pay_account_response.additional_properties = additional_properties
        return google_pay_account_response

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
