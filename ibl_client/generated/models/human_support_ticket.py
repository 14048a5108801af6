from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.human_support_ticket_status_enum import (
    HumanSupportTicketStatusEnum,
    check_human_support_ticket_status_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HumanSupportTicket")


@_attrs_define
class HumanSupportTicket:
    """serializer interface intended for students/ non-admin users. This limits students to only update the subject and
    description of a ticket.

    """

    id: int
    username: str
    user: int
    """ edX user ID """
    session: str
    subject: str
    description: str
    mentor_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    resolved_at: datetime.datetime | None
    status: HumanSupportTicketStatusEnum | Unset = UNSET
    """ * `open` - Open
    * `in_progress` - In Progress
    * `closed` - Closed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        user = self.user

        session = self.session

        subject = self.subject

        description = self.description

        mentor_id = self.mentor_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "user": user,
                "session": session,
                "subject": subject,
                "description": description,
                "mentor_id": mentor_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "resolved_at": resolved_at,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        username = d.pop("username")

        user = d.pop("user")

        session = d.pop("session")

        subject = d.pop("subject")

        description = d.pop("description")

        mentor_id = d.pop("mentor_id")

        created_at = datetime.datetime.fromisoformat(
            d.pop("created_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        updated_at = datetime.datetime.fromisoformat(
            d.pop("updated_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00").replace("z", "+00:00")
                )

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))

        _status = d.pop("status", UNSET)
        status: HumanSupportTicketStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_human_support_ticket_status_enum(_status)

        human_support_ticket = cls(
            id=id,
            username=username,
            user=user,
            session=session,
            subject=subject,
            description=description,
            mentor_id=mentor_id,
            created_at=created_at,
            updated_at=updated_at,
            resolved_at=resolved_at,
            status=status,
        )

        human_support_ticket.additional_properties = d
        return human_support_ticket

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
