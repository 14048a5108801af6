from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"user_id: expected an integer, got {type(user_id).__name__}")

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                username_type_0 = data
                if not isinstance(username_type_0, str):
                    raise TypeError(
                        f"username_type_0: expected a string, got {type(username_type_0).__name__}"
                    )

                return username_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            username_type_1 = data

            return username_type_1

        username = _parse_username(d.pop("username"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_type_0 = data
                if not isinstance(email_type_0, str):
                    raise TypeError(
                        f"email_type_0: expected a string, got {type(email_type_0).__name__}"
                    )

                return email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            email_type_1 = data

            return email_type_1

        email = _parse_email(d.pop("email"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                name_type_0 = data
                if not isinstance(name_type_0, str):
                    raise TypeError(
                        f"name_type_0: expected a string, got {type(name_type_0).__name__}"
                    )

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            name_type_1 = data

            return name_type_1

        name = _parse_name(d.pop("name"))

        def _parse_enrollment_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrollment_date_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00").replace("z", "+00:00")
                )

                return enrollment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            enrollment_date_type_1 = data

            return enrollment_date_type_1

        enrollment_date = _parse_enrollment_date(d.pop("enrollment_date"))

        completion_status = d.pop("completion_status")
        if not isinstance(completion_status, str):
            raise TypeError(
                f"completion_status: expected a string, got {type(completion_status).__name__}"
            )

        def _parse_completion_percentage(data: object) -> float | None:
            if data is None:
                return data
            try:
                if not isinstance(data, (int, float)):
                    raise TypeError()
                completion_percentage_type_0 = data
                if (
                    not isinstance(completion_percentage_type_0, (int, float))
                    or completion_percentage_type_0 is True
                    or completion_percentage_type_0 is False
                ):
                    raise TypeError(
                        f"completion_percentage_type_0: expected a number, got {type(completion_percentage_type_0).__name__}"
                    )

                return completion_percentage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            completion_percentage_type_1 = data

            return completion_percentage_type_1

        completion_percentage = _parse_completion_percentage(d.pop("completion_percentage"))

        def _parse_last_activity(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_activity_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00").replace("z", "+00:00")
                )

                return last_activity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            last_activity_type_1 = data

            return last_activity_type_1

        last_activity = _parse_last_activity(d.pop("last_activity"))

        def _parse_rating(data: object) -> float | None:
            if data is None:
                return data
            try:
                if not isinstance(data, (int, float)):
                    raise TypeError()
                rating_type_0 = data
                if (
                    not isinstance(rating_type_0, (int, float))
                    or rating_type_0 is True
                    or rating_type_0 is False
                ):
                    raise TypeError(
                        f"rating_type_0: expected a number, got {type(rating_type_0).__name__}"
                    )

                return rating_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            rating_type_1 = data

            return rating_type_1

        rating = _parse_rating(d.pop("rating"))

        def _parse_review(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_type_0 = data
                if not isinstance(review_type_0, str):
                    raise TypeError(
                        f"review_type_0: expected a string, got {type(review_type_0).__name__}"
                    )

                return review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            review_type_1 = data

            return review_type_1

        review = _parse_review(d.pop("review"))

        _details = d.pop("details", UNSET)
        details: ContentDetailsLearnerDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ContentDetailsLearnerDetails.from_dict(_details)

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
