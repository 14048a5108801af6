from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_metadata_request_metadata import ProgramMetadataRequestMetadata


T = TypeVar("T", bound="ProgramMetadataRequest")


@_attrs_define
class ProgramMetadataRequest:
    """Request serializer for ProgramMetadataView POST endpoint."""

    program_id: str
    """ The unique identifier for the program """
    metadata: ProgramMetadataRequestMetadata
    """ Metadata to update for the program """
    org: str | Unset = UNSET
    """ The organization associated with the program """
    platform_key: str | Unset = UNSET
    """ Platform key identifier (alternative to org) """
    program_key: str | Unset = UNSET
    """ Program key (alternative to program_id + org) """
    update: bool | Unset = UNSET
    """ Whether to update existing metadata """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_id = self.program_id

        metadata = self.metadata.to_dict()

        org = self.org

        platform_key = self.platform_key

        program_key = self.program_key

        update = self.update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program_id": program_id,
                "metadata": metadata,
            }
        )
        if org is not UNSET:
            field_dict["org"] = org
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if program_key is not UNSET:
            field_dict["program_key"] = program_key
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_metadata_request_metadata import ProgramMetadataRequestMetadata  # noqa: PLC0415

        d = dict(src_dict)
        program_id = d.pop("program_id")
        if not isinstance(program_id, str):
            raise FieldError("program_id", "a string", program_id)

        metadata = nested("metadata", ProgramMetadataRequestMetadata, d.pop("metadata"))

        org = d.pop("org", UNSET)
        if not isinstance(org, (str, Unset)):
            raise FieldError("org", "a string", org)

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        program_key = d.pop("program_key", UNSET)
        if not isinstance(program_key, (str, Unset)):
            raise FieldError("program_key", "a string", program_key)

        update = d.pop("update", UNSET)
        if not isinstance(update, (bool, Unset)):
            raise FieldError("update", "a boolean", update)

        program_metadata_request = cls(
            program_id=program_id,
            metadata=metadata,
            org=org,
            platform_key=platform_key,
            program_key=program_key,
            update=update,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_metadata_request.additional_properties = additional_properties
        return program_metadata_request

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
