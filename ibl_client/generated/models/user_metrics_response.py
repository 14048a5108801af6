from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    nested,
)

if TYPE_CHECKING:
    from ..models.user_metric import UserMetric


T = TypeVar("T", bound="UserMetricsResponse")


@_attrs_define
class UserMetricsResponse:
    registered_users: UserMetric
    new_users: UserMetric
    unique_users: UserMetric
    veteran_users: UserMetric
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registered_users = self.registered_users.to_dict()

        new_users = self.new_users.to_dict()

        unique_users = self.unique_users.to_dict()

        veteran_users = self.veteran_users.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "registered_users": registered_users,
                "new_users": new_users,
                "unique_users": unique_users,
                "veteran_users": veteran_users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_metric import UserMetric  # noqa: PLC0415

        d = dict(src_dict)
        registered_users = nested("registered_users", UserMetric, d.pop("registered_users"))

        new_users = nested("new_users", UserMetric, d.pop("new_users"))

        unique_users = nested("unique_users", UserMetric, d.pop("unique_users"))

        veteran_users = nested("veteran_users", UserMetric, d.pop("veteran_users"))

        user_metrics_response = cls(
            registered_users=registered_users,
            new_users=new_users,
            unique_users=unique_users,
            veteran_users=veteran_users,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_metrics_response.additional_properties = additional_properties
        return user_metrics_response

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
