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
    from ..models.blank_program_invitation_create_metadata import (
        BlankProgramInvitationCreateMetadata,
    )


T = TypeVar("T", bound="BlankProgramInvitationCreate")


@_attrs_define
class BlankProgramInvitationCreate:
    """Request serializer for BlankProgramInvitationView POST endpoint"""

    program_key: str
    """ The program to create invitations for """
    source: str
    """ The source identifier for the invitations """
    count: int
    """ The number of blank invitations to create """
    metadata: BlankProgramInvitationCreateMetadata | Unset = UNSET
    """ Additional metadata for the invitations """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_key = self.program_key

        source = self.source

        count = self.count

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program_key": program_key,
                "source": source,
                "count": count,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.blank_program_invitation_create_metadata import (
            BlankProgramInvitationCreateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        program_key = d.pop("program_key")
        if not isinstance(program_key, str):
            raise FieldError("program_key", "a string", program_key)

        source = d.pop("source")
        if not isinstance(source, str):
            raise FieldError("source", "a string", source)

        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise FieldError("count", "an integer", count)

        _metadata = d.pop("metadata", UNSET)
        metadata: BlankProgramInvitationCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", BlankProgramInvitationCreateMetadata, _metadata)

        blank_program_invitation_create = cls(
            program_key=program_key,
            source=source,
            count=count,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        blank_program_invitation_create.additional_properties = additional_properties
        return blank_program_invitation_create

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
