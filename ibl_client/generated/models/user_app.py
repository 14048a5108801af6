from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app import App
    from ..models.platform import Platform
    from ..models.user_app_subscription_type_0 import UserAppSubscriptionType0


T = TypeVar("T", bound="UserApp")


@_attrs_define
class UserApp:
    id: int
    app: App
    platform: Platform
    """ Note: Create and update operations deprecated. """
    subscription: None | UserAppSubscriptionType0
    """ The subscription details, would contain identifier, active, created_on, last_updated """
    provider: str
    is_admin: bool
    is_active: bool
    metadata: Any | Unset = UNSET
    onboarding_completed: bool | Unset = UNSET
    free_trial_started: bool | Unset = UNSET
    free_trial_expired: bool | Unset = UNSET
    has_active_subscription: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_app_subscription_type_0 import UserAppSubscriptionType0  # noqa: PLC0415

        id = self.id

        app = self.app.to_dict()

        platform = self.platform.to_dict()

        subscription: dict[str, Any] | None
        if isinstance(self.subscription, UserAppSubscriptionType0):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        provider = self.provider

        is_admin = self.is_admin

        is_active = self.is_active

        metadata = self.metadata

        onboarding_completed = self.onboarding_completed

        free_trial_started = self.free_trial_started

        free_trial_expired = self.free_trial_expired

        has_active_subscription = self.has_active_subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "app": app,
                "platform": platform,
                "subscription": subscription,
                "provider": provider,
                "is_admin": is_admin,
                "is_active": is_active,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if onboarding_completed is not UNSET:
            field_dict["onboarding_completed"] = onboarding_completed
        if free_trial_started is not UNSET:
            field_dict["free_trial_started"] = free_trial_started
        if free_trial_expired is not UNSET:
            field_dict["free_trial_expired"] = free_trial_expired
        if has_active_subscription is not UNSET:
            field_dict["has_active_subscription"] = has_active_subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app import App  # noqa: PLC0415
        from ..models.platform import Platform  # noqa: PLC0415
        from ..models.user_app_subscription_type_0 import UserAppSubscriptionType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        app = nested("app", App, d.pop("app"))

        platform = nested("platform", Platform, d.pop("platform"))

        def _parse_subscription(data: object) -> None | UserAppSubscriptionType0:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, dict):
                try:
                    subscription_type_0 = nested(
                        "subscription_type_0", UserAppSubscriptionType0, data
                    )

                    return subscription_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("subscription", member_error, "subscription_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("subscription", "an object (UserAppSubscriptionType0) or null", data)

        subscription = _parse_subscription(d.pop("subscription"))

        provider = d.pop("provider")
        if not isinstance(provider, str):
            raise FieldError("provider", "a string", provider)

        is_admin = d.pop("is_admin")
        if not isinstance(is_admin, bool):
            raise FieldError("is_admin", "a boolean", is_admin)

        is_active = d.pop("is_active")
        if not isinstance(is_active, bool):
            raise FieldError("is_active", "a boolean", is_active)

        metadata = d.pop("metadata", UNSET)

        onboarding_completed = d.pop("onboarding_completed", UNSET)
        if not isinstance(onboarding_completed, (bool, Unset)):
            raise FieldError("onboarding_completed", "a boolean", onboarding_completed)

        free_trial_started = d.pop("free_trial_started", UNSET)
        if not isinstance(free_trial_started, (bool, Unset)):
            raise FieldError("free_trial_started", "a boolean", free_trial_started)

        free_trial_expired = d.pop("free_trial_expired", UNSET)
        if not isinstance(free_trial_expired, (bool, Unset)):
            raise FieldError("free_trial_expired", "a boolean", free_trial_expired)

        has_active_subscription = d.pop("has_active_subscription", UNSET)
        if not isinstance(has_active_subscription, (bool, Unset)):
            raise FieldError("has_active_subscription", "a boolean", has_active_subscription)

        user_app = cls(
            id=id,
            app=app,
            platform=platform,
            subscription=subscription,
            provider=provider,
            is_admin=is_admin,
            is_active=is_active,
            metadata=metadata,
            onboarding_completed=onboarding_completed,
            free_trial_started=free_trial_started,
            free_trial_expired=free_trial_expired,
            has_active_subscription=has_active_subscription,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_app.additional_properties = additional_properties
        return user_app

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
