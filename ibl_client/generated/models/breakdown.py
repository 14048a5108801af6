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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_breakdown import ActionBreakdown
    from ..models.mentor_breakdown import MentorBreakdown
    from ..models.provider_breakdown import ProviderBreakdown


T = TypeVar("T", bound="Breakdown")


@_attrs_define
class Breakdown:
    """Detailed breakdown of costs."""

    by_provider: list[ProviderBreakdown] | Unset = UNSET
    by_mentor: list[MentorBreakdown] | Unset = UNSET
    by_action: list[ActionBreakdown] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_provider: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_provider, Unset):
            by_provider = []
            for by_provider_item_data in self.by_provider:
                by_provider_item = by_provider_item_data.to_dict()
                by_provider.append(by_provider_item)

        by_mentor: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_mentor, Unset):
            by_mentor = []
            for by_mentor_item_data in self.by_mentor:
                by_mentor_item = by_mentor_item_data.to_dict()
                by_mentor.append(by_mentor_item)

        by_action: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_action, Unset):
            by_action = []
            for by_action_item_data in self.by_action:
                by_action_item = by_action_item_data.to_dict()
                by_action.append(by_action_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if by_provider is not UNSET:
            field_dict["by_provider"] = by_provider
        if by_mentor is not UNSET:
            field_dict["by_mentor"] = by_mentor
        if by_action is not UNSET:
            field_dict["by_action"] = by_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_breakdown import ActionBreakdown  # noqa: PLC0415
        from ..models.mentor_breakdown import MentorBreakdown  # noqa: PLC0415
        from ..models.provider_breakdown import ProviderBreakdown  # noqa: PLC0415

        d = dict(src_dict)
        _by_provider = d.pop("by_provider", UNSET)
        by_provider: list[ProviderBreakdown] | Unset = UNSET
        if _by_provider is not UNSET:
            if not isinstance(_by_provider, list):
                raise FieldError("by_provider", "an array", _by_provider)
            by_provider = []
            for _by_provider_index, by_provider_item_data in enumerate(_by_provider):
                try:
                    by_provider_item = nested(
                        "by_provider_item", ProviderBreakdown, by_provider_item_data
                    )

                except PARSE_ERRORS as _by_provider_error:
                    raise within(
                        ("by_provider", _by_provider_index), _by_provider_error, "by_provider_item"
                    ) from _by_provider_error
                by_provider.append(by_provider_item)

        _by_mentor = d.pop("by_mentor", UNSET)
        by_mentor: list[MentorBreakdown] | Unset = UNSET
        if _by_mentor is not UNSET:
            if not isinstance(_by_mentor, list):
                raise FieldError("by_mentor", "an array", _by_mentor)
            by_mentor = []
            for _by_mentor_index, by_mentor_item_data in enumerate(_by_mentor):
                try:
                    by_mentor_item = nested("by_mentor_item", MentorBreakdown, by_mentor_item_data)

                except PARSE_ERRORS as _by_mentor_error:
                    raise within(
                        ("by_mentor", _by_mentor_index), _by_mentor_error, "by_mentor_item"
                    ) from _by_mentor_error
                by_mentor.append(by_mentor_item)

        _by_action = d.pop("by_action", UNSET)
        by_action: list[ActionBreakdown] | Unset = UNSET
        if _by_action is not UNSET:
            if not isinstance(_by_action, list):
                raise FieldError("by_action", "an array", _by_action)
            by_action = []
            for _by_action_index, by_action_item_data in enumerate(_by_action):
                try:
                    by_action_item = nested("by_action_item", ActionBreakdown, by_action_item_data)

                except PARSE_ERRORS as _by_action_error:
                    raise within(
                        ("by_action", _by_action_index), _by_action_error, "by_action_item"
                    ) from _by_action_error
                by_action.append(by_action_item)

        breakdown = cls(
            by_provider=by_provider,
            by_mentor=by_mentor,
            by_action=by_action,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        breakdown.additional_properties = additional_properties
        return breakdown

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
