from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    parse_datetime,
)
from ..models.rating_enum import RatingEnum, check_rating_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserChatFeedback")


@_attrs_define
class UserChatFeedback:
    id: int
    username: str
    session: str
    user_text: str
    ai_response: str
    reason: str
    additional_feedback: str
    mentor: int
    rating: None | RatingEnum | Unset = UNSET
    inserted_at: datetime.datetime | Unset = UNSET
    message: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        session = self.session

        user_text = self.user_text

        ai_response = self.ai_response

        reason = self.reason

        additional_feedback = self.additional_feedback

        mentor = self.mentor

        rating: int | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        elif isinstance(self.rating, int):
            rating = self.rating
        else:
            rating = self.rating

        inserted_at: str | Unset = UNSET
        if not isinstance(self.inserted_at, Unset):
            inserted_at = self.inserted_at.isoformat()

        message: int | None | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "session": session,
                "user_text": user_text,
                "ai_response": ai_response,
                "reason": reason,
                "additional_feedback": additional_feedback,
                "mentor": mentor,
            }
        )
        if rating is not UNSET:
            field_dict["rating"] = rating
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if message is not UNSET:
            field_dict["message"] = message

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

        session = d.pop("session")
        if not isinstance(session, str):
            raise FieldError("session", "a string", session)

        user_text = d.pop("user_text")
        if not isinstance(user_text, str):
            raise FieldError("user_text", "a string", user_text)

        ai_response = d.pop("ai_response")
        if not isinstance(ai_response, str):
            raise FieldError("ai_response", "a string", ai_response)

        reason = d.pop("reason")
        if not isinstance(reason, str):
            raise FieldError("reason", "a string", reason)

        additional_feedback = d.pop("additional_feedback")
        if not isinstance(additional_feedback, str):
            raise FieldError("additional_feedback", "a string", additional_feedback)

        mentor = d.pop("mentor")
        if not isinstance(mentor, int) or mentor is True or mentor is False:
            raise FieldError("mentor", "an integer", mentor)

        def _parse_rating(data: object) -> None | RatingEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                return check_rating_enum(data, "rating", known_only=True)
            except PARSE_ERRORS:
                pass
            if isinstance(data, int):
                return check_rating_enum(data, "rating")
            raise FieldError("rating", "one of RatingEnum or null", data)

        rating = _parse_rating(d.pop("rating", UNSET))

        _inserted_at = d.pop("inserted_at", UNSET)
        inserted_at: datetime.datetime | Unset
        if isinstance(_inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = parse_datetime("inserted_at", _inserted_at)

        def _parse_message(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("message", "an integer or null", data)

        message = _parse_message(d.pop("message", UNSET))

        user_chat_feedback = cls(
            id=id,
            username=username,
            session=session,
            user_text=user_text,
            ai_response=ai_response,
            reason=reason,
            additional_feedback=additional_feedback,
            mentor=mentor,
            rating=rating,
            inserted_at=inserted_at,
            message=message,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_chat_feedback.additional_properties = additional_properties
        return user_chat_feedback

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
