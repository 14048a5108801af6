from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailPromptList")


@_attrs_define
class EmailPromptList:
    id: int
    sender_email: str
    content_summary: None | str
    mentor_email: str
    inserted_at: str
    sender_name: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    mentor_name: None | str | Unset = UNSET
    is_processed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sender_email = self.sender_email

        content_summary: None | str
        content_summary = self.content_summary

        mentor_email = self.mentor_email

        inserted_at = self.inserted_at

        sender_name: None | str | Unset
        if isinstance(self.sender_name, Unset):
            sender_name = UNSET
        else:
            sender_name = self.sender_name

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        mentor_name: None | str | Unset
        if isinstance(self.mentor_name, Unset):
            mentor_name = UNSET
        else:
            mentor_name = self.mentor_name

        is_processed = self.is_processed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sender_email": sender_email,
                "content_summary": content_summary,
                "mentor_email": mentor_email,
                "inserted_at": inserted_at,
            }
        )
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if mentor_name is not UNSET:
            field_dict["mentor_name"] = mentor_name
        if is_processed is not UNSET:
            field_dict["is_processed"] = is_processed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        sender_email = d.pop("sender_email")
        if not isinstance(sender_email, str):
            raise FieldError("sender_email", "a string", sender_email)

        def _parse_content_summary(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("content_summary", "a string or null", data)

        content_summary = _parse_content_summary(d.pop("content_summary"))

        mentor_email = d.pop("mentor_email")
        if not isinstance(mentor_email, str):
            raise FieldError("mentor_email", "a string", mentor_email)

        inserted_at = d.pop("inserted_at")
        if not isinstance(inserted_at, str):
            raise FieldError("inserted_at", "a string", inserted_at)

        def _parse_sender_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("sender_name", "a string or null", data)

        sender_name = _parse_sender_name(d.pop("sender_name", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("subject", "a string or null", data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_mentor_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("mentor_name", "a string or null", data)

        mentor_name = _parse_mentor_name(d.pop("mentor_name", UNSET))

        is_processed = d.pop("is_processed", UNSET)
        if not isinstance(is_processed, (bool, Unset)):
            raise FieldError("is_processed", "a boolean", is_processed)

        email_prompt_list = cls(
            id=id,
            sender_email=sender_email,
            content_summary=content_summary,
            mentor_email=mentor_email,
            inserted_at=inserted_at,
            sender_name=sender_name,
            subject=subject,
            mentor_name=mentor_name,
            is_processed=is_processed,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        email_prompt_list.additional_properties = additional_properties
        return email_prompt_list

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
