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

T = TypeVar("T", bound="PatchedHumanSupportTicket")


@_attrs_define
class PatchedHumanSupportTicket:
    """serializer interface intended for students/ non-admin users. This limits students to only update the subject and
    description of a ticket.

    """

    id: int | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    full_name: str | Unset = UNSET
    user: int | Unset = UNSET
    """ edX user ID """
    session: UUID | Unset = UNSET
    subject: str | Unset = UNSET
    description: str | Unset = UNSET
    status: HumanSupportTicketStatusEnum | Unset = UNSET
    """ * `open` - Open
    * `in_progress` - In Progress
    * `closed` - Closed """
    mentor_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    resolved_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        email = self.email

        full_name = self.full_name

        user = self.user

        session: str | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = str(self.session)

        subject = self.subject

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        mentor_id = self.mentor_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        resolved_at: None | str | Unset
        if isinstance(self.resolved_at, Unset):
            resolved_at = UNSET
        elif isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if user is not UNSET:
            field_dict["user"] = user
        if session is not UNSET:
            field_dict["session"] = session
        if subject is not UNSET:
            field_dict["subject"] = subject
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if mentor_id is not UNSET:
            field_dict["mentor_id"] = mentor_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if resolved_at is not UNSET:
            field_dict["resolved_at"] = resolved_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        email = d.pop("email", UNSET)
        if not isinstance(email, (str, Unset)):
            raise FieldError("email", "a string", email)

        full_name = d.pop("full_name", UNSET)
        if not isinstance(full_name, (str, Unset)):
            raise FieldError("full_name", "a string", full_name)

        user = d.pop("user", UNSET)
        if not isinstance(user, (int, Unset)) or user is True or user is False:
            raise FieldError("user", "an integer", user)

        _session = d.pop("session", UNSET)
        session: UUID | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = parse_uuid("session", _session)

        subject = d.pop("subject", UNSET)
        if not isinstance(subject, (str, Unset)):
            raise FieldError("subject", "a string", subject)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        _status = d.pop("status", UNSET)
        status: HumanSupportTicketStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_human_support_ticket_status_enum(_status, "status")

        mentor_id = d.pop("mentor_id", UNSET)
        if not isinstance(mentor_id, (str, Unset)):
            raise FieldError("mentor_id", "a string", mentor_id)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime("created_at", _created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime("updated_at", _updated_at)

        def _parse_resolved_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        resolved_at = _parse_resolved_at(d.pop("resolved_at", UNSET))

        patched_human_support_ticket = cls(
            id=id,
            username=username,
            email=email,
            full_name=full_name,
            user=user,
            session=session,
            subject=subject,
            description=description,
            status=status,
            mentor_id=mentor_id,
            created_at=created_at,
            updated_at=updated_at,
            resolved_at=resolved_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_human_support_ticket.additional_properties = additional_properties
        return patched_human_support_ticket

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
