from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    within,
)

T = TypeVar("T", bound="BulkPlatformInvitationResponse")


@_attrs_define
class BulkPlatformInvitationResponse:
    """Response serializer for bulk invitation creation"""

    successes: int
    """ Number of successfully created invitations """
    error_codes: list[str]
    """ List of error codes for failed invitations """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successes = self.successes

        error_codes = self.error_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successes": successes,
                "error_codes": error_codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        successes = d.pop("successes")
        if not isinstance(successes, int) or successes is True or successes is False:
            raise FieldError("successes", "an integer", successes)

        _error_codes = d.pop("error_codes")
        if not isinstance(_error_codes, list):
            raise FieldError("error_codes", "an array", _error_codes)
        error_codes = []
        for _error_codes_index, error_codes_item_data in enumerate(_error_codes):
            try:
                error_codes_item = error_codes_item_data
                if not isinstance(error_codes_item, str):
                    raise FieldError("error_codes_item", "a string", error_codes_item)

            except PARSE_ERRORS as _error_codes_error:
                raise within(
                    ("error_codes", _error_codes_index), _error_codes_error, "error_codes_item"
                ) from _error_codes_error
            error_codes.append(error_codes_item)

        bulk_platform_invitation_response = cls(
            successes=successes,
            error_codes=error_codes,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        bulk_platform_invitation_response.additional_properties = additional_properties
        return bulk_platform_invitation_response

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
