from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    parse_datetime,
    parse_uuid,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_preview_context import NotificationPreviewContext
    from ..models.notification_source import NotificationSource
    from ..models.notification_template_data import NotificationTemplateData


T = TypeVar("T", bound="NotificationPreview")


@_attrs_define
class NotificationPreview:
    """Request serializer for notification preview"""

    channels: list[int]
    """ Specify the channel ids to send notifications to. """
    sources: list[NotificationSource]
    """ Specify the sources to send notifications to """
    template_id: None | Unset | UUID = UNSET
    """ Use a predefined template in the system """
    template_data: None | NotificationTemplateData | Unset = UNSET
    """ Specify this to send a new custom message without using a predefined template """
    context: NotificationPreviewContext | Unset = UNSET
    """ Specify the context that would be available in the message text """
    process_on: datetime.datetime | None | Unset = UNSET
    """ (ISO datetime) Specify the date and time of processing this notification. Note, notifications are sent
    hourly and only scheduled messages prior to the beginning of the hour would be sent """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.notification_template_data import NotificationTemplateData  # noqa: PLC0415

        channels = self.channels

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        elif isinstance(self.template_id, UUID):
            template_id = str(self.template_id)
        else:
            template_id = self.template_id

        template_data: dict[str, Any] | None | Unset
        if isinstance(self.template_data, Unset):
            template_data = UNSET
        elif isinstance(self.template_data, NotificationTemplateData):
            template_data = self.template_data.to_dict()
        else:
            template_data = self.template_data

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        process_on: None | str | Unset
        if isinstance(self.process_on, Unset):
            process_on = UNSET
        elif isinstance(self.process_on, datetime.datetime):
            process_on = self.process_on.isoformat()
        else:
            process_on = self.process_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channels": channels,
                "sources": sources,
            }
        )
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if template_data is not UNSET:
            field_dict["template_data"] = template_data
        if context is not UNSET:
            field_dict["context"] = context
        if process_on is not UNSET:
            field_dict["process_on"] = process_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_preview_context import NotificationPreviewContext  # noqa: PLC0415
        from ..models.notification_source import NotificationSource  # noqa: PLC0415
        from ..models.notification_template_data import NotificationTemplateData  # noqa: PLC0415

        d = dict(src_dict)
        _channels = d.pop("channels")
        if not isinstance(_channels, list):
            raise FieldError("channels", "an array", _channels)
        channels = []
        for _channels_index, channels_item_data in enumerate(_channels):
            try:
                channels_item = channels_item_data
                if (
                    not isinstance(channels_item, int)
                    or channels_item is True
                    or channels_item is False
                ):
                    raise FieldError("channels_item", "an integer", channels_item)

            except PARSE_ERRORS as _channels_error:
                raise within(
                    ("channels", _channels_index), _channels_error, "channels_item"
                ) from _channels_error
            channels.append(channels_item)

        _sources = d.pop("sources")
        if not isinstance(_sources, list):
            raise FieldError("sources", "an array", _sources)
        sources = []
        for _sources_index, sources_item_data in enumerate(_sources):
            try:
                sources_item = nested("sources_item", NotificationSource, sources_item_data)

            except PARSE_ERRORS as _sources_error:
                raise within(
                    ("sources", _sources_index), _sources_error, "sources_item"
                ) from _sources_error
            sources.append(sources_item)

        def _parse_template_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    template_id_type_0 = parse_uuid("template_id_type_0", data)

                    return template_id_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("template_id", member_error, "template_id_type_0"))
            if error is not None:
                raise error
            raise FieldError("template_id", "UUID or null", data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_template_data(data: object) -> None | NotificationTemplateData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, dict):
                try:
                    template_data_type_1 = nested(
                        "template_data_type_1", NotificationTemplateData, data
                    )

                    return template_data_type_1
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("template_data", member_error, "template_data_type_1")
                    )
            if error is not None:
                raise error
            raise FieldError("template_data", "an object (NotificationTemplateData) or null", data)

        template_data = _parse_template_data(d.pop("template_data", UNSET))

        _context = d.pop("context", UNSET)
        context: NotificationPreviewContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = nested("context", NotificationPreviewContext, _context)

        def _parse_process_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    process_on_type_0 = parse_datetime("process_on_type_0", data)

                    return process_on_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("process_on", member_error, "process_on_type_0"))
            if error is not None:
                raise error
            raise FieldError("process_on", "a date-time string or null", data)

        process_on = _parse_process_on(d.pop("process_on", UNSET))

        notification_preview = cls(
            channels=channels,
            sources=sources,
            template_id=template_id,
            template_data=template_data,
            context=context,
            process_on=process_on,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        notification_preview.additional_properties = additional_properties
        return notification_preview

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
