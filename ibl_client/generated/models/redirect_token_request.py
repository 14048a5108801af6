from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RedirectTokenRequest")


@_attrs_define
class RedirectTokenRequest:
    url: str
    mentor_unique_id: str | Unset = UNSET
    """ Optional mentor unique ID for RBAC ownership check """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        mentor_unique_id = self.mentor_unique_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if mentor_unique_id is not UNSET:
            field_dict["mentor_unique_id"] = mentor_unique_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")
        if not isinstance(url, str):
            raise FieldError("url", "a string", url)

        mentor_unique_id = d.pop("mentor_unique_id", UNSET)
        if not isinstance(mentor_unique_id, (str, Unset)):
            raise FieldError("mentor_unique_id", "a string", mentor_unique_id)

        redirect_token_request = cls(
            url=url,
            mentor_unique_id=mentor_unique_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        redirect_token_request.additional_properties = additional_properties
        return redirect_token_request

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
