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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_details_learner_details import ContentDetailsLearnerDetails


T = TypeVar("T", bound="ContentDetailsLearner")


@_attrs_define
class ContentDetailsLearner:
    """Serializer for individual learner entries in content details."""

    user_id: int
    """ Learner identifier """
    username: None | str
    """ Learner username """
    email: None | str
    """ Learner email """
    name: None | str
    """ Learner display name """
    enrollment_date: datetime.datetime | None
    """ Date the learner enrolled in the content """
    completion_status: str
    """ Completion status for the learner """
    completion_percentage: float | None
    """ Learner completion percentage """
    last_activity: datetime.datetime | None
    """ Last activity timestamp for the learner """
    rating: float | None
    """ Learner rating for the content, if available """
    review: None | str
    """ Learner review content, if available """
    details: ContentDetailsLearnerDetails | Unset = UNSET
    """ Additional learner-specific metadata """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username: None | str
        username = self.username

        email: None | str
        email = self.email

        name: None | str
        name = self.name

        enrollment_date: None | str
        if isinstance(self.enrollment_date, datetime.datetime):
            enrollment_date = self.enrollment_date.isoformat()
        else:
            enrollment_date = self.enrollment_date

        completion_status = self.completion_status

        completion_percentage: float | None
        completion_percentage = self.completion_percentage

        last_activity: None | str
        if isinstance(self.last_activity, datetime.datetime):
            last_activity = self.last_activity.isoformat()
        else:
            last_activity = self.last_activity

        rating: float | None
        rating = self.rating

        review: None | str
        review = self.review

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "email": email,
                "name": name,
                "enrollment_date": enrollment_date,
                "completion_status": completion_status,
                "completion_percentage": completion_percentage,
                "last_activity": last_activity,
                "rating": rating,
                "review": review,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_details_learner_details import ContentDetailsLearnerDetails  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

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

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name"))

        def _parse_enrollment_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    enrollment_date_type_0 = parse_datetime("enrollment_date_type_0", data)

                    return enrollment_date_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("enrollment_date", member_error, "enrollment_date_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("enrollment_date", "a date-time string or null", data)

        enrollment_date = _parse_enrollment_date(d.pop("enrollment_date"))

        completion_status = d.pop("completion_status")
        if not isinstance(completion_status, str):
            raise FieldError("completion_status", "a string", completion_status)

        def _parse_completion_percentage(data: object) -> float | None:
            if data is None:
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("completion_percentage", "a number or null", data)

        completion_percentage = _parse_completion_percentage(d.pop("completion_percentage"))

        def _parse_last_activity(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    last_activity_type_0 = parse_datetime("last_activity_type_0", data)

                    return last_activity_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("last_activity", member_error, "last_activity_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("last_activity", "a date-time string or null", data)

        last_activity = _parse_last_activity(d.pop("last_activity"))

        def _parse_rating(data: object) -> float | None:
            if data is None:
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("rating", "a number or null", data)

        rating = _parse_rating(d.pop("rating"))

        def _parse_review(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("review", "a string or null", data)

        review = _parse_review(d.pop("review"))

        _details = d.pop("details", UNSET)
        details: ContentDetailsLearnerDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = nested("details", ContentDetailsLearnerDetails, _details)

        content_details_learner = cls(
            user_id=user_id,
            username=username,
            email=email,
            name=name,
            enrollment_date=enrollment_date,
            completion_status=completion_status,
            completion_percentage=completion_percentage,
            last_activity=last_activity,
            rating=rating,
            review=review,
            details=details,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        content_details_learner.additional_properties = additional_properties
        return content_details_learner

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
