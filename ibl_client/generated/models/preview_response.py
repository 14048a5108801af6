from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_uuid,
    within,
)

if TYPE_CHECKING:
    from ..models.recipient import Recipient


T = TypeVar("T", bound="PreviewResponse")


@_attrs_define
class PreviewResponse:
    """Response serializer for notification preview"""

    status: str
    build_id: UUID
    count: int
    warning: None | str
    recipients: list[Recipient]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        build_id = str(self.build_id)

        count = self.count

        warning: None | str
        warning = self.warning

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "build_id": build_id,
                "count": count,
                "warning": warning,
                "recipients": recipients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient import Recipient  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")
        if not isinstance(status, str):
            raise FieldError("status", "a string", status)

        build_id = parse_uuid("build_id", d.pop("build_id"))

        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise FieldError("count", "an integer", count)

        def _parse_warning(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("warning", "a string or null", data)

        warning = _parse_warning(d.pop("warning"))

        _recipients = d.pop("recipients")
        if not isinstance(_recipients, list):
            raise FieldError("recipients", "an array", _recipients)
        recipients = []
        for _recipients_index, recipients_item_data in enumerate(_recipients):
            try:
                recipients_item = nested("recipients_item", Recipient, recipients_item_data)

            except PARSE_ERRORS as _recipients_error:
                raise within(
                    ("recipients", _recipients_index), _recipients_error, "recipients_item"
                ) from _recipients_error
            recipients.append(recipients_item)

        preview_response = cls(
            status=status,
            build_id=build_id,
            count=count,
            warning=warning,
            recipients=recipients,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        preview_response.additional_properties = additional_properties
        return preview_response

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
