from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Credential")


@_attrs_define
class Credential:
    credential_id: str
    credential_url: str
    name: str
    revoked: bool
    credential_type: None | str | Unset = UNSET
    issuer: None | str | Unset = UNSET
    issued_on: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_id = self.credential_id

        credential_url = self.credential_url

        name = self.name

        revoked = self.revoked

        credential_type: None | str | Unset
        if isinstance(self.credential_type, Unset):
            credential_type = UNSET
        else:
            credential_type = self.credential_type

        issuer: None | str | Unset
        if isinstance(self.issuer, Unset):
            issuer = UNSET
        else:
            issuer = self.issuer

        issued_on: None | str | Unset
        if isinstance(self.issued_on, Unset):
            issued_on = UNSET
        elif isinstance(self.issued_on, datetime.datetime):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credential_id": credential_id,
                "credential_url": credential_url,
                "name": name,
                "revoked": revoked,
            }
        )
        if credential_type is not UNSET:
            field_dict["credential_type"] = credential_type
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credential_id = d.pop("credential_id")
        if not isinstance(credential_id, str):
            raise FieldError("credential_id", "a string", credential_id)

        credential_url = d.pop("credential_url")
        if not isinstance(credential_url, str):
            raise FieldError("credential_url", "a string", credential_url)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        revoked = d.pop("revoked")
        if not isinstance(revoked, bool):
            raise FieldError("revoked", "a boolean", revoked)

        def _parse_credential_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("credential_type", "a string or null", data)

        credential_type = _parse_credential_type(d.pop("credential_type", UNSET))

        def _parse_issuer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("issuer", "a string or null", data)

        issuer = _parse_issuer(d.pop("issuer", UNSET))

        def _parse_issued_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    issued_on_type_0 = parse_datetime("issued_on_type_0", data)

                    return issued_on_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("issued_on", member_error, "issued_on_type_0"))
            if error is not None:
                raise error
            raise FieldError("issued_on", "a date-time string or null", data)

        issued_on = _parse_issued_on(d.pop("issued_on", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    expires_at_type_0 = parse_datetime("expires_at_type_0", data)

                    return expires_at_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("expires_at", member_error, "expires_at_type_0"))
            if error is not None:
                raise error
            raise FieldError("expires_at", "a date-time string or null", data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        credential = cls(
            credential_id=credential_id,
            credential_url=credential_url,
            name=name,
            revoked=revoked,
            credential_type=credential_type,
            issuer=issuer,
            issued_on=issued_on,
            expires_at=expires_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        credential.additional_properties = additional_properties
        return credential

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
