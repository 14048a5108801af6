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
    from ..models.learner_metrics import LearnerMetrics


T = TypeVar("T", bound="LearnerListItem")


@_attrs_define
class LearnerListItem:
    """Serializer for individual learner in the list."""

    user_id: int
    """ User ID """
    username: None | str
    """ Username """
    email: None | str
    """ Email address """
    name: None | str
    """ Display name """
    is_active: bool
    """ Whether user is active """
    platform_id: int
    """ Platform ID """
    platform_name: None | str
    """ Platform name """
    platform_key: None | str
    """ Platform key """
    metrics: LearnerMetrics
    """ Serializer for learner metrics from UserPlatformSummary. """
    first_activity: datetime.datetime | None
    """ First activity date """
    last_activity: datetime.datetime | None
    """ Last activity date """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username: None | str
        username = self.username

        email: None | str
        email = self.email

        name: None | str
        name = self.name

        is_active = self.is_active

        platform_id = self.platform_id

        platform_name: None | str
        platform_name = self.platform_name

        platform_key: None | str
        platform_key = self.platform_key

        metrics = self.metrics.to_dict()

        first_activity: None | str
        if isinstance(self.first_activity, datetime.datetime):
            first_activity = self.first_activity.isoformat()
        else:
            first_activity = self.first_activity

        last_activity: None | str
        if isinstance(self.last_activity, datetime.datetime):
            last_activity = self.last_activity.isoformat()
        else:
            last_activity = self.last_activity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "email": email,
                "name": name,
                "is_active": is_active,
                "platform_id": platform_id,
                "platform_name": platform_name,
                "platform_key": platform_key,
                "metrics": metrics,
                "first_activity": first_activity,
                "last_activity": last_activity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.learner_metrics import LearnerMetrics  # noqa: PLC0415

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

        is_active = d.pop("is_active")
        if not isinstance(is_active, bool):
            raise FieldError("is_active", "a boolean", is_active)

        platform_id = d.pop("platform_id")
        if not isinstance(platform_id, int) or platform_id is True or platform_id is False:
            raise FieldError("platform_id", "an integer", platform_id)

        def _parse_platform_name(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("platform_name", "a string or null", data)

        platform_name = _parse_platform_name(d.pop("platform_name"))

        def _parse_platform_key(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("platform_key", "a string or null", data)

        platform_key = _parse_platform_key(d.pop("platform_key"))

        metrics = nested("metrics", LearnerMetrics, d.pop("metrics"))

        def _parse_first_activity(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    first_activity_type_0 = parse_datetime("first_activity_type_0", data)

                    return first_activity_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("first_activity", member_error, "first_activity_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("first_activity", "a date-time string or null", data)

        first_activity = _parse_first_activity(d.pop("first_activity"))

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

        learner_list_item = cls(
            user_id=user_id,
            username=username,
            email=email,
            name=name,
            is_active=is_active,
            platform_id=platform_id,
            platform_name=platform_name,
            platform_key=platform_key,
            metrics=metrics,
            first_activity=first_activity,
            last_activity=last_activity,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        learner_list_item.additional_properties = additional_properties
        return learner_list_item

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
