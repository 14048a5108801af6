from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.human_support_recipient_mode_enum import (
    HumanSupportRecipientModeEnum,
    check_human_support_recipient_mode_enum,
)
from ..models.periodic_frequency_enum import PeriodicFrequencyEnum, check_periodic_frequency_enum
from ..models.periodic_learner_scope_enum import (
    PeriodicLearnerScopeEnum,
    check_periodic_learner_scope_enum,
)
from ..models.type_840_enum import Type840Enum, check_type_840_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consumer_channel import ConsumerChannel
    from ..models.patched_notification_template_detail_human_support_custom_recipients_item import (
        PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem,
    )
    from ..models.patched_notification_template_detail_periodic_mentors_item import (
        PatchedNotificationTemplateDetailPeriodicMentorsItem,
    )
    from ..models.patched_notification_template_detail_policy_enabled_policies_item import (
        PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem,
    )
    from ..models.spa import Spa


T = TypeVar("T", bound="PatchedNotificationTemplateDetail")


@_attrs_define
class PatchedNotificationTemplateDetail:
    """Serializer for detailed template view and editing"""

    id: UUID | Unset = UNSET
    """ Unique identifier for this notification template. """
    type_: None | Type840Enum | Unset = UNSET
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
    """ Template display name """
    description: str | Unset = UNSET
    """ Description of when this notification is sent """
    message_title: None | str | Unset = UNSET
    """ Title for push/in-app notifications """
    message_body: str | Unset = UNSET
    """ Body text (supports Django template syntax) """
    short_message_body: str | Unset = UNSET
    """ Short version for SMS or preview """
    email_subject: None | str | Unset = UNSET
    """ Email subject line (supports {{ variables }}) """
    email_from_address: None | str | Unset = UNSET
    """ Sender email address """
    email_html_template: None | str | Unset = UNSET
    """ HTML email body (supports Django template syntax) """
    spas_detail: list[Spa] | Unset = UNSET
    allowed_channels_detail: list[ConsumerChannel] | Unset = UNSET
    spa_ids: list[int] | Unset = UNSET
    """ IDs of SPAs that can use this template """
    channel_ids: list[int] | Unset = UNSET
    """ IDs of delivery channels (email, push, etc.) """
    is_inherited: bool | Unset = UNSET
    """ True if using main platform template (no platform override) """
    is_enabled: bool | Unset = UNSET
    """ True if notification is enabled for this platform """
    source_platform: str | Unset = UNSET
    """ Platform key of the template source """
    can_customize: bool | Unset = UNSET
    """ True if platform admin can edit template content """
    metadata: Any | Unset = UNSET
    """ JSON config (periodic_config, policy_config, etc.) """
    available_context: str | Unset = UNSET
    """ Context variables available for template rendering """
    proactive_prompt_message: None | str | Unset = UNSET
    """ Default prompt message for AI mentor notifications """
    periodic_config: str | Unset = UNSET
    """ Periodic report configuration (PROACTIVE_LEARNER_NOTIFICATION only) """
    periodic_learner_scope: PeriodicLearnerScopeEnum | Unset = UNSET
    """ * `ACTIVE_LEARNERS` - ACTIVE_LEARNERS
    * `ALL_LEARNERS` - ALL_LEARNERS """
    periodic_report_period_days: int | Unset = UNSET
    """ Number of days to include in the report period """
    periodic_frequency: PeriodicFrequencyEnum | Unset = UNSET
    """ * `DAILY` - DAILY
    * `WEEKLY` - WEEKLY
    * `MONTHLY` - MONTHLY
    * `CUSTOM` - CUSTOM """
    periodic_custom_interval_days: int | Unset = UNSET
    """ Custom interval in days (when frequency is CUSTOM) """
    periodic_execution_time: str | Unset = UNSET
    """ Time to run in HH:MM format (24-hour) """
    periodic_timezone: str | Unset = UNSET
    """ Timezone for execution time (e.g. America/New_York) """
    periodic_mentors: list[PatchedNotificationTemplateDetailPeriodicMentorsItem] | Unset = UNSET
    """ List of mentor configurations: [{"unique_id": "uuid", "prompt": "...", "name": "..."}] """
    policy_config: str | Unset = UNSET
    """ Policy assignment notification config (POLICY_ASSIGNMENT only) """
    policy_enabled_policies: (
        list[PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem] | Unset
    ) = UNSET
    """ Per-role config: [{"role_name": "Analytics Viewer", "enabled": True, "subject": "Custom subject for
    {{role_name}}"}, ...] """
    policy_notify_on_assignment: bool | Unset = UNSET
    """ Send notification when policy is assigned """
    policy_notify_on_removal: bool | Unset = UNSET
    """ Send notification when policy is removed """
    human_support_config: str | Unset = UNSET
    """ Human support notification config (HUMAN_SUPPORT_NOTIFICATION only) """
    human_support_recipient_mode: HumanSupportRecipientModeEnum | Unset = UNSET
    """ * `platform_admins_and_mentor_owner` - platform_admins_and_mentor_owner
    * `platform_admins_only` - platform_admins_only
    * `mentor_owner_only` - mentor_owner_only
    * `custom` - custom """
    human_support_custom_recipients: (
        list[PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem] | Unset
    ) = UNSET
    """ Custom targets: user: {type, id}; user_group: {type, id}; rbac_policy: {type, policy_name} """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when this template was created """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when this template was last updated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
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

        message_body = self.message_body

        short_message_body = self.short_message_body

        email_subject: None | str | Unset
        if isinstance(self.email_subject, Unset):
            email_subject = UNSET
        else:
            email_subject = self.email_subject

        email_from_address: None | str | Unset
        if isinstance(self.email_from_address, Unset):
            email_from_address = UNSET
        else:
            email_from_address = self.email_from_address

        email_html_template: None | str | Unset
        if isinstance(self.email_html_template, Unset):
            email_html_template = UNSET
        else:
            email_html_template = self.email_html_template

        spas_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spas_detail, Unset):
            spas_detail = []
            for spas_detail_item_data in self.spas_detail:
                spas_detail_item = spas_detail_item_data.to_dict()
                spas_detail.append(spas_detail_item)

        allowed_channels_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_channels_detail, Unset):
            allowed_channels_detail = []
            for allowed_channels_detail_item_data in self.allowed_channels_detail:
                allowed_channels_detail_item = allowed_channels_detail_item_data.to_dict()
                allowed_channels_detail.append(allowed_channels_detail_item)

        spa_ids: list[int] | Unset = UNSET
        if not isinstance(self.spa_ids, Unset):
            spa_ids = self.spa_ids

        channel_ids: list[int] | Unset = UNSET
        if not isinstance(self.channel_ids, Unset):
            channel_ids = self.channel_ids

        is_inherited = self.is_inherited

        is_enabled = self.is_enabled

        source_platform = self.source_platform

        can_customize = self.can_customize

        metadata = self.metadata

        available_context = self.available_context

        proactive_prompt_message: None | str | Unset
        if isinstance(self.proactive_prompt_message, Unset):
            proactive_prompt_message = UNSET
        else:
            proactive_prompt_message = self.proactive_prompt_message

        periodic_config = self.periodic_config

        periodic_learner_scope: str | Unset = UNSET
        if not isinstance(self.periodic_learner_scope, Unset):
            periodic_learner_scope = self.periodic_learner_scope

        periodic_report_period_days = self.periodic_report_period_days

        periodic_frequency: str | Unset = UNSET
        if not isinstance(self.periodic_frequency, Unset):
            periodic_frequency = self.periodic_frequency

        periodic_custom_interval_days = self.periodic_custom_interval_days

        periodic_execution_time = self.periodic_execution_time

        periodic_timezone = self.periodic_timezone

        periodic_mentors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.periodic_mentors, Unset):
            periodic_mentors = []
            for periodic_mentors_item_data in self.periodic_mentors:
                periodic_mentors_item = periodic_mentors_item_data.to_dict()
                periodic_mentors.append(periodic_mentors_item)

        policy_config = self.policy_config

        policy_enabled_policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policy_enabled_policies, Unset):
            policy_enabled_policies = []
            for policy_enabled_policies_item_data in self.policy_enabled_policies:
                policy_enabled_policies_item = policy_enabled_policies_item_data.to_dict()
                policy_enabled_policies.append(policy_enabled_policies_item)

        policy_notify_on_assignment = self.policy_notify_on_assignment

        policy_notify_on_removal = self.policy_notify_on_removal

        human_support_config = self.human_support_config

        human_support_recipient_mode: str | Unset = UNSET
        if not isinstance(self.human_support_recipient_mode, Unset):
            human_support_recipient_mode = self.human_support_recipient_mode

        human_support_custom_recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.human_support_custom_recipients, Unset):
            human_support_custom_recipients = []
            for human_support_custom_recipients_item_data in self.human_support_custom_recipients:
                human_support_custom_recipients_item = (
                    human_support_custom_recipients_item_data.to_dict()
                )
                human_support_custom_recipients.append(human_support_custom_recipients_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if message_title is not UNSET:
            field_dict["message_title"] = message_title
        if message_body is not UNSET:
            field_dict["message_body"] = message_body
        if short_message_body is not UNSET:
            field_dict["short_message_body"] = short_message_body
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject
        if email_from_address is not UNSET:
            field_dict["email_from_address"] = email_from_address
        if email_html_template is not UNSET:
            field_dict["email_html_template"] = email_html_template
        if spas_detail is not UNSET:
            field_dict["spas_detail"] = spas_detail
        if allowed_channels_detail is not UNSET:
            field_dict["allowed_channels_detail"] = allowed_channels_detail
        if spa_ids is not UNSET:
            field_dict["spa_ids"] = spa_ids
        if channel_ids is not UNSET:
            field_dict["channel_ids"] = channel_ids
        if is_inherited is not UNSET:
            field_dict["is_inherited"] = is_inherited
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if source_platform is not UNSET:
            field_dict["source_platform"] = source_platform
        if can_customize is not UNSET:
            field_dict["can_customize"] = can_customize
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if available_context is not UNSET:
            field_dict["available_context"] = available_context
        if proactive_prompt_message is not UNSET:
            field_dict["proactive_prompt_message"] = proactive_prompt_message
        if periodic_config is not UNSET:
            field_dict["periodic_config"] = periodic_config
        if periodic_learner_scope is not UNSET:
            field_dict["periodic_learner_scope"] = periodic_learner_scope
        if periodic_report_period_days is not UNSET:
            field_dict["periodic_report_period_days"] = periodic_report_period_days
        if periodic_frequency is not UNSET:
            field_dict["periodic_frequency"] = periodic_frequency
        if periodic_custom_interval_days is not UNSET:
            field_dict["periodic_custom_interval_days"] = periodic_custom_interval_days
        if periodic_execution_time is not UNSET:
            field_dict["periodic_execution_time"] = periodic_execution_time
        if periodic_timezone is not UNSET:
            field_dict["periodic_timezone"] = periodic_timezone
        if periodic_mentors is not UNSET:
            field_dict["periodic_mentors"] = periodic_mentors
        if policy_config is not UNSET:
            field_dict["policy_config"] = policy_config
        if policy_enabled_policies is not UNSET:
            field_dict["policy_enabled_policies"] = policy_enabled_policies
        if policy_notify_on_assignment is not UNSET:
            field_dict["policy_notify_on_assignment"] = policy_notify_on_assignment
        if policy_notify_on_removal is not UNSET:
            field_dict["policy_notify_on_removal"] = policy_notify_on_removal
        if human_support_config is not UNSET:
            field_dict["human_support_config"] = human_support_config
        if human_support_recipient_mode is not UNSET:
            field_dict["human_support_recipient_mode"] = human_support_recipient_mode
        if human_support_custom_recipients is not UNSET:
            field_dict["human_support_custom_recipients"] = human_support_custom_recipients
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consumer_channel import ConsumerChannel  # noqa: PLC0415
        from ..models.patched_notification_template_detail_human_support_custom_recipients_item import (
            PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem,  # noqa: PLC0415
        )
        from ..models.patched_notification_template_detail_periodic_mentors_item import (
            PatchedNotificationTemplateDetailPeriodicMentorsItem,  # noqa: PLC0415
        )
        from ..models.patched_notification_template_detail_policy_enabled_policies_item import (
            PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem,  # noqa: PLC0415
        )
        from ..models.spa import Spa  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        def _parse_type_(data: object) -> None | Type840Enum | Unset:
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
            if not data is None:
                raise TypeError()
            type_type_1 = data

            return type_type_1

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

        message_body = d.pop("message_body", UNSET)
        if not isinstance(message_body, (str, Unset)):
            raise TypeError(f"message_body: expected a string, got {type(message_body).__name__}")

        short_message_body = d.pop("short_message_body", UNSET)
        if not isinstance(short_message_body, (str, Unset)):
            raise TypeError(
                f"short_message_body: expected a string, got {type(short_message_body).__name__}"
            )

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

        def _parse_email_from_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_from_address_type_0 = data
                if not isinstance(email_from_address_type_0, str):
                    raise TypeError(
                        f"email_from_address_type_0: expected a string, got {type(email_from_address_type_0).__name__}"
                    )

                return email_from_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            email_from_address_type_1 = data

            return email_from_address_type_1

        email_from_address = _parse_email_from_address(d.pop("email_from_address", UNSET))

        def _parse_email_html_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_html_template_type_0 = data
                if not isinstance(email_html_template_type_0, str):
                    raise TypeError(
                        f"email_html_template_type_0: expected a string, got {type(email_html_template_type_0).__name__}"
                    )

                return email_html_template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            email_html_template_type_1 = data

            return email_html_template_type_1

        email_html_template = _parse_email_html_template(d.pop("email_html_template", UNSET))

        _spas_detail = d.pop("spas_detail", UNSET)
        spas_detail: list[Spa] | Unset = UNSET
        if _spas_detail is not UNSET:
            spas_detail = []
            for spas_detail_item_data in _spas_detail:
                spas_detail_item = Spa.from_dict(spas_detail_item_data)

                spas_detail.append(spas_detail_item)

        _allowed_channels_detail = d.pop("allowed_channels_detail", UNSET)
        allowed_channels_detail: list[ConsumerChannel] | Unset = UNSET
        if _allowed_channels_detail is not UNSET:
            allowed_channels_detail = []
            for allowed_channels_detail_item_data in _allowed_channels_detail:
                allowed_channels_detail_item = ConsumerChannel.from_dict(
                    allowed_channels_detail_item_data
                )

                allowed_channels_detail.append(allowed_channels_detail_item)

        _spa_ids = d.pop("spa_ids", UNSET)
        spa_ids: list[int] | Unset = UNSET
        if _spa_ids is not UNSET:
            spa_ids = []
            for spa_ids_item_data in _spa_ids:
                spa_ids_item = spa_ids_item_data
                if (
                    not isinstance(spa_ids_item, int)
                    or spa_ids_item is True
                    or spa_ids_item is False
                ):
                    raise TypeError(
                        f"spa_ids_item: expected an integer, got {type(spa_ids_item).__name__}"
                    )

                spa_ids.append(spa_ids_item)

        _channel_ids = d.pop("channel_ids", UNSET)
        channel_ids: list[int] | Unset = UNSET
        if _channel_ids is not UNSET:
            channel_ids = []
            for channel_ids_item_data in _channel_ids:
                channel_ids_item = channel_ids_item_data
                if (
                    not isinstance(channel_ids_item, int)
                    or channel_ids_item is True
                    or channel_ids_item is False
                ):
                    raise TypeError(
                        f"channel_ids_item: expected an integer, got {type(channel_ids_item).__name__}"
                    )

                channel_ids.append(channel_ids_item)

        is_inherited = d.pop("is_inherited", UNSET)
        if not isinstance(is_inherited, (bool, Unset)):
            raise TypeError(f"is_inherited: expected a boolean, got {type(is_inherited).__name__}")

        is_enabled = d.pop("is_enabled", UNSET)
        if not isinstance(is_enabled, (bool, Unset)):
            raise TypeError(f"is_enabled: expected a boolean, got {type(is_enabled).__name__}")

        source_platform = d.pop("source_platform", UNSET)
        if not isinstance(source_platform, (str, Unset)):
            raise TypeError(
                f"source_platform: expected a string, got {type(source_platform).__name__}"
            )

        can_customize = d.pop("can_customize", UNSET)
        if not isinstance(can_customize, (bool, Unset)):
            raise TypeError(
                f"can_customize: expected a boolean, got {type(can_customize).__name__}"
            )

        metadata = d.pop("metadata", UNSET)

        available_context = d.pop("available_context", UNSET)
        if not isinstance(available_context, (str, Unset)):
            raise TypeError(
                f"available_context: expected a string, got {type(available_context).__name__}"
            )

        def _parse_proactive_prompt_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proactive_prompt_message_type_0 = data
                if not isinstance(proactive_prompt_message_type_0, str):
                    raise TypeError(
                        f"proactive_prompt_message_type_0: expected a string, got {type(proactive_prompt_message_type_0).__name__}"
                    )

                return proactive_prompt_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            proactive_prompt_message_type_1 = data

            return proactive_prompt_message_type_1

        proactive_prompt_message = _parse_proactive_prompt_message(
            d.pop("proactive_prompt_message", UNSET)
        )

        periodic_config = d.pop("periodic_config", UNSET)
        if not isinstance(periodic_config, (str, Unset)):
            raise TypeError(
                f"periodic_config: expected a string, got {type(periodic_config).__name__}"
            )

        _periodic_learner_scope = d.pop("periodic_learner_scope", UNSET)
        periodic_learner_scope: PeriodicLearnerScopeEnum | Unset
        if isinstance(_periodic_learner_scope, Unset):
            periodic_learner_scope = UNSET
        else:
            periodic_learner_scope = check_periodic_learner_scope_enum(_periodic_learner_scope)

        periodic_report_period_days = d.pop("periodic_report_period_days", UNSET)
        if (
            not isinstance(periodic_report_period_days, (int, Unset))
            or periodic_report_period_days is True
            or periodic_report_period_days is False
        ):
            raise TypeError(
                f"periodic_report_period_days: expected an integer, got {type(periodic_report_period_days).__name__}"
            )

        _periodic_frequency = d.pop("periodic_frequency", UNSET)
        periodic_frequency: PeriodicFrequencyEnum | Unset
        if isinstance(_periodic_frequency, Unset):
            periodic_frequency = UNSET
        else:
            periodic_frequency = check_periodic_frequency_enum(_periodic_frequency)

        periodic_custom_interval_days = d.pop("periodic_custom_interval_days", UNSET)
        if (
            not isinstance(periodic_custom_interval_days, (int, Unset))
            or periodic_custom_interval_days is True
            or periodic_custom_interval_days is False
        ):
            raise TypeError(
                f"periodic_custom_interval_days: expected an integer, got {type(periodic_custom_interval_days).__name__}"
            )

        periodic_execution_time = d.pop("periodic_execution_time", UNSET)
        if not isinstance(periodic_execution_time, (str, Unset)):
            raise TypeError(
                f"periodic_execution_time: expected a string, got {type(periodic_execution_time).__name__}"
            )

        periodic_timezone = d.pop("periodic_timezone", UNSET)
        if not isinstance(periodic_timezone, (str, Unset)):
            raise TypeError(
                f"periodic_timezone: expected a string, got {type(periodic_timezone).__name__}"
            )

        _periodic_mentors = d.pop("periodic_mentors", UNSET)
        periodic_mentors: list[PatchedNotificationTemplateDetailPeriodicMentorsItem] | Unset = UNSET
        if _periodic_mentors is not UNSET:
            periodic_mentors = []
            for periodic_mentors_item_data in _periodic_mentors:
                periodic_mentors_item = (
                    PatchedNotificationTemplateDetailPeriodicMentorsItem.from_dict(
                        periodic_mentors_item_data
                    )
                )

                periodic_mentors.append(periodic_mentors_item)

        policy_config = d.pop("policy_config", UNSET)
        if not isinstance(policy_config, (str, Unset)):
            raise TypeError(f"policy_config: expected a string, got {type(policy_config).__name__}")

        _policy_enabled_policies = d.pop("policy_enabled_policies", UNSET)
        policy_enabled_policies: (
            list[PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem] | Unset
        ) = UNSET
        if _policy_enabled_policies is not UNSET:
            policy_enabled_policies = []
            for policy_enabled_policies_item_data in _policy_enabled_policies:
                policy_enabled_policies_item = (
                    PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem.from_dict(
                        policy_enabled_policies_item_data
                    )
                )

                policy_enabled_policies.append(policy_enabled_policies_item)

        policy_notify_on_assignment = d.pop("policy_notify_on_assignment", UNSET)
        if not isinstance(policy_notify_on_assignment, (bool, Unset)):
            raise TypeError(
                f"policy_notify_on_assignment: expected a boolean, got {type(policy_notify_on_assignment).__name__}"
            )

        policy_notify_on_removal = d.pop("policy_notify_on_removal", UNSET)
        if not isinstance(policy_notify_on_removal, (bool, Unset)):
            raise TypeError(
                f"policy_notify_on_removal: expected a boolean, got {type(policy_notify_on_removal).__name__}"
            )

        human_support_config = d.pop("human_support_config", UNSET)
        if not isinstance(human_support_config, (str, Unset)):
            raise TypeError(
                f"human_support_config: expected a string, got {type(human_support_config).__name__}"
            )

        _human_support_recipient_mode = d.pop("human_support_recipient_mode", UNSET)
        human_support_recipient_mode: HumanSupportRecipientModeEnum | Unset
        if isinstance(_human_support_recipient_mode, Unset):
            human_support_recipient_mode = UNSET
        else:
            human_support_recipient_mode = check_human_support_recipient_mode_enum(
                _human_support_recipient_mode
            )

        _human_support_custom_recipients = d.pop("human_support_custom_recipients", UNSET)
        human_support_custom_recipients: (
            list[PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem] | Unset
        ) = UNSET
        if _human_support_custom_recipients is not UNSET:
            human_support_custom_recipients = []
            for human_support_custom_recipients_item_data in _human_support_custom_recipients:
                human_support_custom_recipients_item = (
                    PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem.from_dict(
                        human_support_custom_recipients_item_data
                    )
                )

                human_support_custom_recipients.append(human_support_custom_recipients_item)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(
                _created_at.replace("Z", "+00:00").replace("z", "+00:00")
            )

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(
                _updated_at.replace("Z", "+00:00").replace("z", "+00:00")
            )

        patched_notification_template_detail = cls(
            id=id,
            type_=type_,
            name=name,
            description=description,
            message_title=message_title,
            message_body=message_body,
            short_message_body=short_message_body,
            email_subject=email_subject,
            email_from_address=email_from_address,
            email_html_template=email_html_template,
            spas_detail=spas_detail,
            allowed_channels_detail=allowed_channels_detail,
            spa_ids=spa_ids,
            channel_ids=channel_ids,
            is_inherited=is_inherited,
            is_enabled=is_enabled,
            source_platform=source_platform,
            can_customize=can_customize,
            metadata=metadata,
            available_context=available_context,
            proactive_prompt_message=proactive_prompt_message,
            periodic_config=periodic_config,
            periodic_learner_scope=periodic_learner_scope,
            periodic_report_period_days=periodic_report_period_days,
            periodic_frequency=periodic_frequency,
            periodic_custom_interval_days=periodic_custom_interval_days,
            periodic_execution_time=periodic_execution_time,
            periodic_timezone=periodic_timezone,
            periodic_mentors=periodic_mentors,
            policy_config=policy_config,
            policy_enabled_policies=policy_enabled_policies,
            policy_notify_on_assignment=policy_notify_on_assignment,
            policy_notify_on_removal=policy_notify_on_removal,
            human_support_config=human_support_config,
            human_support_recipient_mode=human_support_recipient_mode,
            human_support_custom_recipients=human_support_custom_recipients,
            created_at=created_at,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_notification_template_detail.additional_properties = additional_properties
        return patched_notification_template_detail

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
