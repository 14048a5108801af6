from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blank_enum import BlankEnum, check_blank_enum
from ..models.type_840_enum import Type840Enum, check_type_840_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationTemplateList")


@_attrs_define
class NotificationTemplateList:
    """Serializer for listing notification templates with inheritance info"""

    id: UUID
    """ Unique identifier for this notification template. """
    is_inherited: bool
    """ True if using main platform template (no platform override) """
    source_platform: str
    """ Platform key of the template source (main or tenant) """
    is_enabled: bool
    """ True if notification is enabled for this platform """
    can_customize: bool
    """ True if platform admin can edit template content """
    is_custom: bool
    """ True if this is a custom notification type """
    spas: str
    """ SPAs (Single Page Apps) that can use this template """
    allowed_channels: str
    """ Channels this template can be delivered via (email, push, etc.) """
    available_context: str
    """ Context variables available for template rendering """
    type_: BlankEnum | None | Type840Enum | Unset = UNSET
    """ Select the type of notification from the available options.

    * `ADMIN_NOTIF_COURSE_ENROLLMENT` - Admin Notif Course Enrollment
    * `APP_REGISTRATION` - App Registration
    * `COURSE_INVITATION` - Course Invitation
    * `COURSE_LICENSE_ASSIGNMENT` - Course License Assignment
    * `COURSE_LICENSE_GROUP_ASSIGNMENT` - Course License Group Assignment
    * `CUSTOM_NOTIFICATION` - Custom Notification
    * `DEFAULT_TEMPLATE` - Default Template
    * `HUMAN_SUPPORT_NOTIFICATION` - Human Support Notification
    * `PLATFORM_INVITATION` - Platform Invitation
    * `POLICY_ASSIGNMENT` - Policy Assignment
    * `PROACTIVE_LEARNER_NOTIFICATION` - Proactive Learner Notification
    * `PROGRAM_INVITATION` - Program Invitation
    * `PROGRAM_LICENSE_ASSIGNMENT` - Program License Assignment
    * `PROGRAM_LICENSE_GROUP_ASSIGNMENT` - Program License Group Assignment
    * `REPORT_COMPLETED` - Report Completed
    * `ROLE_CHANGE` - Role Change
    * `USER_LICENSE_ASSIGNMENT` - User License Assignment
    * `USER_LICENSE_GROUP_ASSIGNMENT` - User License Group Assignment
    * `USER_NOTIF_COURSE_COMPLETION` - User Notif Course Completion
    * `USER_NOTIF_COURSE_ENROLLMENT` - User Notif Course Enrollment
    * `USER_NOTIF_CREDENTIALS` - User Notif Credentials
    * `USER_NOTIF_LEARNER_PROGRESS` - User Notif Learner Progress
    * `USER_NOTIF_USER_INACTIVITY` - User Notif User Inactivity
    * `USER_NOTIF_USER_REGISTRATION` - User Notif User Registration """
    name: None | str | Unset = UNSET
    """ A friendly name for the notification template. """
    description: str | Unset = UNSET
    """ Admin-friendly description of what this notification does, when it triggers, and what data it needs """
    message_title: None | str | Unset = UNSET
    """ The title for the notification message. """
    email_subject: None | str | Unset = UNSET
    """ Email subject line (supports Django template syntax) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        is_inherited = self.is_inherited

        source_platform = self.source_platform

        is_enabled = self.is_enabled

        can_customize = self.can_customize

        is_custom = self.is_custom

        spas = self.spas

        allowed_channels = self.allowed_channels

        available_context = self.available_context

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description = self.description

        message_title: None | str | Unset
        if isinstance(self.message_title, Unset):
            message_title = UNSET
        else:
            message_title = self.message_title

        email_subject: None | str | Unset
        if isinstance(self.email_subject, Unset):
            email_subject = UNSET
        else:
            email_subject = self.email_subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "is_inherited": is_inherited,
                "source_platform": source_platform,
                "is_enabled": is_enabled,
                "can_customize": can_customize,
                "is_custom": is_custom,
                "spas": spas,
                "allowed_channels": allowed_channels,
                "available_context": available_context,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if message_title is not UNSET:
            field_dict["message_title"] = message_title
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        is_inherited = d.pop("is_inherited")
        if not isinstance(is_inherited, bool):
            raise TypeError(f"is_inherited: expected a boolean, got {type(is_inherited).__name__}")

        source_platform = d.pop("source_platform")
        if not isinstance(source_platform, str):
            raise TypeError(
                f"source_platform: expected a string, got {type(source_platform).__name__}"
            )

        is_enabled = d.pop("is_enabled")
        if not isinstance(is_enabled, bool):
            raise TypeError(f"is_enabled: expected a boolean, got {type(is_enabled).__name__}")

        can_customize = d.pop("can_customize")
        if not isinstance(can_customize, bool):
            raise TypeError(
                f"can_customize: expected a boolean, got {type(can_customize).__name__}"
            )

        is_custom = d.pop("is_custom")
        if not isinstance(is_custom, bool):
            raise TypeError(f"is_custom: expected a boolean, got {type(is_custom).__name__}")

        spas = d.pop("spas")
        if not isinstance(spas, str):
            raise TypeError(f"spas: expected a string, got {type(spas).__name__}")

        allowed_channels = d.pop("allowed_channels")
        if not isinstance(allowed_channels, str):
            raise TypeError(
                f"allowed_channels: expected a string, got {type(allowed_channels).__name__}"
            )

        available_context = d.pop("available_context")
        if not isinstance(available_context, str):
            raise TypeError(
                f"available_context: expected a string, got {type(available_context).__name__}"
            )

        def _parse_type_(data: object) -> BlankEnum | None | Type840Enum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_type_840_enum(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = check_blank_enum(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            type_type_2 = data

            return type_type_2

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        name = _parse_name(d.pop("name", UNSET))

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        def _parse_message_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                message_title_type_0 = data
                if not isinstance(message_title_type_0, str):
                    raise TypeError(
                        f"message_title_type_0: expected a string, got {type(message_title_type_0).__name__}"
                    )

                return message_title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            message_title_type_1 = data

            return message_title_type_1

        message_title = _parse_message_title(d.pop("message_title", UNSET))

        def _parse_email_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_subject_type_0 = data
                if not isinstance(email_subject_type_0, str):
                    raise TypeError(
                        f"email_subject_type_0: expected a string, got {type(email_subject_type_0).__name__}"
                    )

                return email_subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            email_subject_type_1 = data

            return email_subject_type_1

        email_subject = _parse_email_subject(d.pop("email_subject", UNSET))

        notification_template_list = cls(
            id=id,
            is_inherited=is_inherited,
            source_platform=source_platform,
            is_enabled=is_enabled,
            can_customize=can_customize,
            is_custom=is_custom,
            spas=spas,
            allowed_channels=allowed_channels,
            available_context=available_context,
            type_=type_,
            name=name,
            description=description,
            message_title=message_title,
            email_subject=email_subject,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        notification_template_list.additional_properties = additional_properties
        return notification_template_list

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
