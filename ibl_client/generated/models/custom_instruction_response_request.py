from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomInstructionResponseRequest")


@_attrs_define
class CustomInstructionResponseRequest:
    about_user: None | str | Unset = UNSET
    mentor_tone: None | str | Unset = UNSET
    profession: str | Unset = UNSET
    """ Position or work. eg: Engineer, student etc. """
    desired_mentor_traits: str | Unset = UNSET
    """ Comma separated list of expected traits for mentor. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        about_user: None | str | Unset
        if isinstance(self.about_user, Unset):
            about_user = UNSET
        else:
            about_user = self.about_user

        mentor_tone: None | str | Unset
        if isinstance(self.mentor_tone, Unset):
            mentor_tone = UNSET
        else:
            mentor_tone = self.mentor_tone

        profession = self.profession

        desired_mentor_traits = self.desired_mentor_traits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if about_user is not UNSET:
            field_dict["about_user"] = about_user
        if mentor_tone is not UNSET:
            field_dict["mentor_tone"] = mentor_tone
        if profession is not UNSET:
            field_dict["profession"] = profession
        if desired_mentor_traits is not UNSET:
            field_dict["desired_mentor_traits"] = desired_mentor_traits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_about_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("about_user", "a string or null", data)

        about_user = _parse_about_user(d.pop("about_user", UNSET))

        def _parse_mentor_tone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("mentor_tone", "a string or null", data)

        mentor_tone = _parse_mentor_tone(d.pop("mentor_tone", UNSET))

        profession = d.pop("profession", UNSET)
        if not isinstance(profession, (str, Unset)):
            raise FieldError("profession", "a string", profession)

        desired_mentor_traits = d.pop("desired_mentor_traits", UNSET)
        if not isinstance(desired_mentor_traits, (str, Unset)):
            raise FieldError("desired_mentor_traits", "a string", desired_mentor_traits)

        custom_instruction_response_request = cls(
            about_user=about_user,
            mentor_tone=mentor_tone,
            profession=profession,
            desired_mentor_traits=desired_mentor_traits,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        custom_instruction_response_request.additional_properties = additional_properties
        return custom_instruction_response_request

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
