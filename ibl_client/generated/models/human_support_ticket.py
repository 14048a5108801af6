from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_datetime,
    parse_uuid,
    within,
)
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
            raise FieldError("id", "an integer", id)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        email = d.pop("email")
        if not isinstance(email, str):
            raise FieldError("email", "a string", email)

        full_name = d.pop("full_name")
        if not isinstance(full_name, str):
            raise FieldError("full_name", "a string", full_name)

        user = d.pop("user")
        if not isinstance(user, int) or user is True or user is False:
            raise FieldError("user", "an integer", user)

        session = parse_uuid("session", d.pop("session"))

        subject = d.pop("subject")
        if not isinstance(subject, str):
            raise FieldError("subject", "a string", subject)

        description = d.pop("description")
        if not isinstance(description, str):
            raise FieldError("description", "a string", description)

        mentor_id = d.pop("mentor_id")
        if not isinstance(mentor_id, str):
            raise FieldError("mentor_id", "a string", mentor_id)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    resolved_at_type_0 = parse_datetime("resolved_at_type_0", data)

                    return resolved_at_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("resolved_at", member_error, "resolved_at_type_0"))
            if error is not None:
                raise error
            raise FieldError("resolved_at", "a date-time string or null", data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))

        _status = d.pop("status", UNSET)
        status: HumanSupportTicketStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_human_support_ticket_status_enum(_status, "status")

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
