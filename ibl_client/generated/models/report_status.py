from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.state_enum import StateEnum, check_state_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportStatus")


@_attrs_define
class ReportStatus:
    report_id: str | Unset = UNSET
    """ Used to download the report """
    report_name: str | Unset = UNSET
    """ Report slug, this is passed when calling the create report endpoint """
    state: StateEnum | Unset = UNSET
    """ * `pending` - Pending
    * `running` - Running
    * `accumulating` - Accumulating
    * `processing` - Processing
    * `storing` - Storing
    * `completed` - Completed
    * `cancelled` - Cancelled
    * `error` - Error
    * `expired` - Expired """
    started_on: str | Unset = UNSET
    """ Report request timestamp (ISO 8601) """
    owner: str | Unset = UNSET
    """ Report Owner """
    expires: str | Unset = UNSET
    """ When report would expire and not available for download anymore """
    url: str | Unset = UNSET
    """ Download link for report when available """
    created_at: str | Unset = UNSET
    """ When the report was requested (ISO 8601) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id = self.report_id

        report_name = self.report_name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        started_on = self.started_on

        owner = self.owner

        expires = self.expires

        url = self.url

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if report_name is not UNSET:
            field_dict["report_name"] = report_name
        if state is not UNSET:
            field_dict["state"] = state
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if owner is not UNSET:
            field_dict["owner"] = owner
        if expires is not UNSET:
            field_dict["expires"] = expires
        if url is not UNSET:
            field_dict["url"] = url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        report_id = d.pop("report_id", UNSET)
        if not isinstance(report_id, (str, Unset)):
            raise FieldError("report_id", "a string", report_id)

        report_name = d.pop("report_name", UNSET)
        if not isinstance(report_name, (str, Unset)):
            raise FieldError("report_name", "a string", report_name)

        _state = d.pop("state", UNSET)
        state: StateEnum | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_state_enum(_state, "state")

        started_on = d.pop("started_on", UNSET)
        if not isinstance(started_on, (str, Unset)):
            raise FieldError("started_on", "a string", started_on)

        owner = d.pop("owner", UNSET)
        if not isinstance(owner, (str, Unset)):
            raise FieldError("owner", "a string", owner)

        expires = d.pop("expires", UNSET)
        if not isinstance(expires, (str, Unset)):
            raise FieldError("expires", "a string", expires)

        url = d.pop("url", UNSET)
        if not isinstance(url, (str, Unset)):
            raise FieldError("url", "a string", url)

        created_at = d.pop("created_at", UNSET)
        if not isinstance(created_at, (str, Unset)):
            raise FieldError("created_at", "a string", created_at)

        report_status = cls(
            report_id=report_id,
            report_name=report_name,
            state=state,
            started_on=started_on,
            owner=owner,
            expires=expires,
            url=url,
            created_at=created_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        report_status.additional_properties = additional_properties
        return report_status

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
