from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_date,
)

T = TypeVar("T", bound="APITokenCost")


@_attrs_define
class APITokenCost:
    date: datetime.date
    """ Week start date for token usage aggregation """
    completion_tokens: int
    """ Total completion tokens used in this week """
    prompt_tokens: int
    """ Total prompt tokens used in this week """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        completion_tokens = self.completion_tokens

        prompt_tokens = self.prompt_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "completion_tokens": completion_tokens,
                "prompt_tokens": prompt_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = parse_date("date", d.pop("date"))

        completion_tokens = d.pop("completion_tokens")
        if (
            not isinstance(completion_tokens, int)
            or completion_tokens is True
            or completion_tokens is False
        ):
            raise FieldError("completion_tokens", "an integer", completion_tokens)

        prompt_tokens = d.pop("prompt_tokens")
        if not isinstance(prompt_tokens, int) or prompt_tokens is True or prompt_tokens is False:
            raise FieldError("prompt_tokens", "an integer", prompt_tokens)

        api_token_cost = cls(
            date=date,
            completion_tokens=completion_tokens,
            prompt_tokens=prompt_tokens,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        api_token_cost.additional_properties = additional_properties
        return api_token_cost

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
