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

if TYPE_CHECKING:
    from ..models.program_invitation_detail_metadata import ProgramInvitationDetailMetadata


T = TypeVar("T", bound="ProgramInvitationDetail")


@_attrs_define
class ProgramInvitationDetail:
    """Response serializer for program invitation details"""

    id: int
    """ The unique identifier for the invitation """
    user_id: int | None
    """ The ID of the user associated with the invitation """
    username: None | str
    """ The username of the user associated with the invitation """
    email: None | str
    """ The email address associated with the invitation """
    created: datetime.datetime
    """ When the invitation was created """
    started: datetime.datetime | None
    """ When the invitation was started """
    expired: datetime.datetime | None
    """ When the invitation expires """
    source: None | str
    """ The source of the invitation """
    redirect_to: None | str
    """ URL to redirect to after accepting the invitation """
    active: bool
    """ Whether the invitation is active """
    metadata: ProgramInvitationDetailMetadata
    """ Additional metadata for the invitation """
    program_key: str
    """ The program key associated with the invitation """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id: int | None
        user_id = self.user_id

        username: None | str
        username = self.username

        email: None | str
        email = self.email

        created = self.created.isoformat()

        started: None | str
        if isinstance(self.started, datetime.datetime):
            started = self.started.isoformat()
        else:
            started = self.started

        expired: None | str
        if isinstance(self.expired, datetime.datetime):
            expired = self.expired.isoformat()
        else:
            expired = self.expired

        source: None | str
        source = self.source

        redirect_to: None | str
        redirect_to = self.redirect_to

        active = self.active

        metadata = self.metadata.to_dict()

        program_key = self.program_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "username": username,
                "email": email,
                "created": created,
                "started": started,
                "expired": expired,
                "source": source,
                "redirect_to": redirect_to,
                "active": active,
                "metadata": metadata,
                "program_key": program_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_invitation_detail_metadata import ProgramInvitationDetailMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("user_id", "an integer or null", data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("username", "a string or null", data)

        username = _parse_username(d.pop("username"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("email", "a string or null", data)

        email = _parse_email(d.pop("email"))

        created = parse_datetime("created", d.pop("created"))

        def _parse_started(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    started_type_0 = parse_datetime("started_type_0", data)

                    return started_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("started", member_error, "started_type_0"))
            if error is not None:
                raise error
            raise FieldError("started", "a date-time string or null", data)

        started = _parse_started(d.pop("started"))

        def _parse_expired(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    expired_type_0 = parse_datetime("expired_type_0", data)

                    return expired_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("expired", member_error, "expired_type_0"))
            if error is not None:
                raise error
            raise FieldError("expired", "a date-time string or null", data)

        expired = _parse_expired(d.pop("expired"))

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("source", "a string or null", data)

        source = _parse_source(d.pop("source"))

        def _parse_redirect_to(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("redirect_to", "a string or null", data)

        redirect_to = _parse_redirect_to(d.pop("redirect_to"))

        active = d.pop("active")
        if not isinstance(active, bool):
            raise FieldError("active", "a boolean", active)

        metadata = nested("metadata", ProgramInvitationDetailMetadata, d.pop("metadata"))

        program_key = d.pop("program_key")
        if not isinstance(program_key, str):
            raise FieldError("program_key", "a string", program_key)

        program_invitation_detail = cls(
            id=id,
            user_id=user_id,
            username=username,
            email=email,
            created=created,
            started=started,
            expired=expired,
            source=source,
            redirect_to=redirect_to,
            active=active,
            metadata=metadata,
            program_key=program_key,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_invitation_detail.additional_properties = additional_properties
        return program_invitation_detail

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
