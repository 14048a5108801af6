from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedSlackUserConfigRequest")


@_attrs_define
class PatchedSlackUserConfigRequest:
    slack_team_domain: str | Unset = UNSET
    """ Team Domain in the stated slack workspace. This is also the workspace name. """
    slack_username: str | Unset = UNSET
    """ Username in the stated slack workspace """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slack_team_domain = self.slack_team_domain

        slack_username = self.slack_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slack_team_domain is not UNSET:
            field_dict["slack_team_domain"] = slack_team_domain
        if slack_username is not UNSET:
            field_dict["slack_username"] = slack_username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slack_team_domain = d.pop("slack_team_domain", UNSET)
        if not isinstance(slack_team_domain, (str, Unset)):
            raise FieldError("slack_team_domain", "a string", slack_team_domain)

        slack_username = d.pop("slack_username", UNSET)
        if not isinstance(slack_username, (str, Unset)):
            raise FieldError("slack_username", "a string", slack_username)

        patched_slack_user_config_request = cls(
            slack_team_domain=slack_team_domain,
            slack_username=slack_username,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_slack_user_config_request.additional_properties = additional_properties
        return patched_slack_user_config_request

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
