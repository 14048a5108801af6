from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    within,
)

T = TypeVar("T", bound="UserPolicyUpdateResponse")


@_attrs_define
class UserPolicyUpdateResponse:
    user_id: list[str]
    """ List of policies for the user """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _user_id = d.pop("user_id")
        if not isinstance(_user_id, list):
            raise FieldError("user_id", "an array", _user_id)
        user_id = []
        for _user_id_index, user_id_item_data in enumerate(_user_id):
            try:
                user_id_item = user_id_item_data
                if not isinstance(user_id_item, str):
                    raise FieldError("user_id_item", "a string", user_id_item)

            except PARSE_ERRORS as _user_id_error:
                raise within(
                    ("user_id", _user_id_index), _user_id_error, "user_id_item"
                ) from _user_id_error
            user_id.append(user_id_item)

        user_policy_update_response = cls(
            user_id=user_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_policy_update_response.additional_properties = additional_properties
        return user_policy_update_response

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
