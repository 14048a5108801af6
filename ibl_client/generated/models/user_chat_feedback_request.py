from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rating_enum import RatingEnum, check_rating_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserChatFeedbackRequest")


@_attrs_define
class UserChatFeedbackRequest:
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
        username = d.pop("username")
        if not isinstance(username, str):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        session = d.pop("session")
        if not isinstance(session, str):
            raise TypeError(f"session: expected a string, got {type(session).__name__}")

        user_text = d.pop("user_text")
        if not isinstance(user_text, str):
            raise TypeError(f"user_text: expected a string, got {type(user_text).__name__}")

        ai_response = d.pop("ai_response")
        if not isinstance(ai_response, str):
            raise TypeError(f"ai_response: expected a string, got {type(ai_response).__name__}")

        reason = d.pop("reason")
        if not isinstance(reason, str):
            raise TypeError(f"reason: expected a string, got {type(reason).__name__}")

        additional_feedback = d.pop("additional_feedback")
        if not isinstance(additional_feedback, str):
            raise TypeError(
                f"additional_feedback: expected a string, got {type(additional_feedback).__name__}"
            )

        mentor = d.pop("mentor")
        if not isinstance(mentor, int) or mentor is True or mentor is False:
            raise TypeError(f"mentor: expected an integer, got {type(mentor).__name__}")

        def _parse_rating(data: object) -> None | RatingEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not data is None:
                    raise TypeError()
                rating_type_0 = data

                return rating_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, int):
                raise TypeError()
            rating_type_1 = check_rating_enum(data)

            return rating_type_1

        rating = _parse_rating(d.pop("rating", UNSET))

        _inserted_at = d.pop("inserted_at", UNSET)
        inserted_at: datetime.datetime | Unset
        if isinstance(_inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = datetime.datetime.fromisoformat(
                _inserted_at.replace("Z", "+00:00").replace("z", "+00:00")
            )

        def _parse_message(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                message_type_0 = data
                if (
                    not isinstance(message_type_0, int)
                    or message_type_0 is True
                    or message_type_0 is False
                ):
                    raise TypeError(
                        f"message_type_0: expected an integer, got {type(message_type_0).__name__}"
                    )

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            message_type_1 = data

            return message_type_1

        message = _parse_message(d.pop("message", UNSET))

        user_chat_feedback_request = cls(
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

        user_chat_feedback_request.additional_properties = additional_properties
        return user_chat_feedback_request

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
