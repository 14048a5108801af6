from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)

if TYPE_CHECKING:
    from ..models.recipient import Recipient


T = TypeVar("T", bound="ValidateSourceResponse")


@_attrs_define
class ValidateSourceResponse:
    """Response serializer for source validation"""

    status: str
    valid_count: int
    invalid_entries: list[str]
    sample_recipients: list[Recipient]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        valid_count = self.valid_count

        invalid_entries = self.invalid_entries

        sample_recipients = []
        for sample_recipients_item_data in self.sample_recipients:
            sample_recipients_item = sample_recipients_item_data.to_dict()
            sample_recipients.append(sample_recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "valid_count": valid_count,
                "invalid_entries": invalid_entries,
                "sample_recipients": sample_recipients,
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

        valid_count = d.pop("valid_count")
        if not isinstance(valid_count, int) or valid_count is True or valid_count is False:
            raise FieldError("valid_count", "an integer", valid_count)

        _invalid_entries = d.pop("invalid_entries")
        if not isinstance(_invalid_entries, list):
            raise FieldError("invalid_entries", "an array", _invalid_entries)
        invalid_entries = []
        for _invalid_entries_index, invalid_entries_item_data in enumerate(_invalid_entries):
            try:
                invalid_entries_item = invalid_entries_item_data
                if not isinstance(invalid_entries_item, str):
                    raise FieldError("invalid_entries_item", "a string", invalid_entries_item)

            except PARSE_ERRORS as _invalid_entries_error:
                raise within(
                    ("invalid_entries", _invalid_entries_index),
                    _invalid_entries_error,
                    "invalid_entries_item",
                ) from _invalid_entries_error
            invalid_entries.append(invalid_entries_item)

        _sample_recipients = d.pop("sample_recipients")
        if not isinstance(_sample_recipients, list):
            raise FieldError("sample_recipients", "an array", _sample_recipients)
        sample_recipients = []
        for _sample_recipients_index, sample_recipients_item_data in enumerate(_sample_recipients):
            try:
                sample_recipients_item = nested(
                    "sample_recipients_item", Recipient, sample_recipients_item_data
                )

            except PARSE_ERRORS as _sample_recipients_error:
                raise within(
                    ("sample_recipients", _sample_recipients_index),
                    _sample_recipients_error,
                    "sample_recipients_item",
                ) from _sample_recipients_error
            sample_recipients.append(sample_recipients_item)

        validate_source_response = cls(
            status=status,
            valid_count=valid_count,
            invalid_entries=invalid_entries,
            sample_recipients=sample_recipients,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        validate_source_response.additional_properties = additional_properties
        return validate_source_response

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
