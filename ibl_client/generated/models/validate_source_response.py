from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"status: expected a string, got {type(status).__name__}")

        valid_count = d.pop("valid_count")
        if not isinstance(valid_count, int) or valid_count is True or valid_count is False:
            raise TypeError(f"valid_count: expected an integer, got {type(valid_count).__name__}")

        invalid_entries = []
        _invalid_entries = d.pop("invalid_entries")
        for invalid_entries_item_data in _invalid_entries:
            invalid_entries_item = invalid_entries_item_data
            if not isinstance(invalid_entries_item, str):
                raise TypeError(
                    f"invalid_entries_item: expected a string, got {type(invalid_entries_item).__name__}"
                )

            invalid_entries.append(invalid_entries_item)

        sample_recipients = []
        _sample_recipients = d.pop("sample_recipients")
        for sample_recipients_item_data in _sample_recipients:
            sample_recipients_item = Recipient.from_dict(sample_recipients_item_data)

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
