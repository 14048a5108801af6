from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        is_active = d.pop("is_active")
        if not isinstance(is_active, bool):
            raise TypeError(f"is_active: expected a boolean, got {type(is_active).__name__}")

        platform_id = d.pop("platform_id")
        if not isinstance(platform_id, int) or platform_id is True or platform_id is False:
            raise TypeError(f"platform_id: expected an integer, got {type(platform_id).__name__}")

        def _parse_platform_name(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_name_type_0 = data
                if not isinstance(platform_name_type_0, str):
                    raise TypeError(
                        f"platform_name_type_0: expected a string, got {type(platform_name_type_0).__name__}"
                    )

                return platform_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            platform_name_type_1 = data

            return platform_name_type_1

        platform_name = _parse_platform_name(d.pop("platform_name"))

        def _parse_platform_key(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_key_type_0 = data
                if not isinstance(platform_key_type_0, str):
                    raise TypeError(
                        f"platform_key_type_0: expected a string, got {type(platform_key_type_0).__name__}"
                    )

                return platform_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            platform_key_type_1 = data

            return platform_key_type_1

        platform_key = _parse_platform_key(d.pop("platform_key"))

        metrics = LearnerMetrics.from_dict(d.pop("metrics"))

        def _parse_first_activity(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_activity_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00").replace("z", "+00:00")
                )

                return first_activity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            first_activity_type_1 = data

            return first_activity_type_1

        first_activity = _parse_first_activity(d.pop("first_activity"))

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
