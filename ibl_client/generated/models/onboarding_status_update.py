from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="OnboardingStatusUpdate")


@_attrs_define
class OnboardingStatusUpdate:
    onboarding_completed: bool
    app: str
    """ The app url or name or id """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        onboarding_completed = self.onboarding_completed

        app = self.app

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "onboarding_completed": onboarding_completed,
                "app": app,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        onboarding_completed = d.pop("onboarding_completed")
        if not isinstance(onboarding_completed, bool):
            raise FieldError("onboarding_completed", "a boolean", onboarding_completed)

        app = d.pop("app")
        if not isinstance(app, str):
            raise FieldError("app", "a string", app)

        onboarding_status_update = cls(
            onboarding_completed=onboarding_completed,
            app=app,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        onboarding_status_update.additional_properties = additional_properties
        return onboarding_status_update

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
