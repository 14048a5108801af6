from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivateUserFreeTrial")


@_attrs_define
class ActivateUserFreeTrial:
    app: str
    """ The app url or name or id """
    platform: str
    """ The platform key """
    free_trial_started: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app = self.app

        platform = self.platform

        free_trial_started = self.free_trial_started

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app": app,
                "platform": platform,
            }
        )
        if free_trial_started is not UNSET:
            field_dict["free_trial_started"] = free_trial_started

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app = d.pop("app")
        if not isinstance(app, str):
            raise FieldError("app", "a string", app)

        platform = d.pop("platform")
        if not isinstance(platform, str):
            raise FieldError("platform", "a string", platform)

        free_trial_started = d.pop("free_trial_started", UNSET)
        if not isinstance(free_trial_started, (bool, Unset)):
            raise FieldError("free_trial_started", "a boolean", free_trial_started)

        activate_user_free_trial = cls(
            app=app,
            platform=platform,
            free_trial_started=free_trial_started,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        activate_user_free_trial.additional_properties = additional_properties
        return activate_user_free_trial

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
