from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

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
    email: str
    full_name: str
    user: int
    """ edX user ID """
    session: UUID
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

        email = self.email

        full_name = self.full_name

        user = self.user

        session = str(self.session)

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
                "email": email,
                "full_name": full_name,
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
        if not isinstance(id, int) or id is True or id is False:
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        username = d.pop("username")
        if not isinstance(username, str):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        email = d.pop("email")
        if not isinstance(email, str):
            raise TypeError(f"email: expected a string, got {type(email).__name__}")

        full_name = d.pop("full_name")
        if not isinstance(full_name, str):
            raise TypeError(f"full_name: expected a string, got {type(full_name).__name__}")

        user = d.pop("user")
        if not isinstance(user, int) or user is True or user is False:
            raise TypeError(f"user: expected an integer, got {type(user).__name__}")

        session = UUID(d.pop("session"))

        subject = d.pop("subject")
        if not isinstance(subject, str):
            raise TypeError(f"subject: expected a string, got {type(subject).__name__}")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        mentor_id = d.pop("mentor_id")
        if not isinstance(mentor_id, str):
            raise TypeError(f"mentor_id: expected a string, got {type(mentor_id).__name__}")

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
            if not data is None:
                raise TypeError()
            resolved_at_type_1 = data

            return resolved_at_type_1

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
            email=email,
            full_name=full_name,
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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        human_support_ticket.additional_properties = additional_properties
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
