from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            by_provider = []
            for by_provider_item_data in _by_provider:
                by_provider_item = ProviderBreakdown.from_dict(by_provider_item_data)

                by_provider.append(by_provider_item)

        _by_mentor = d.pop("by_mentor", UNSET)
        by_mentor: list[MentorBreakdown] | Unset = UNSET
        if _by_mentor is not UNSET:
            by_mentor = []
            for by_mentor_item_data in _by_mentor:
                by_mentor_item = MentorBreakdown.from_dict(by_mentor_item_data)

                by_mentor.append(by_mentor_item)

        _by_action = d.pop("by_action", UNSET)
        by_action: list[ActionBreakdown] | Unset = UNSET
        if _by_action is not UNSET:
            by_action = []
            for by_action_item_data in _by_action:
                by_action_item = ActionBreakdown.from_dict(by_action_item_data)

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
