from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageView")


@_attrs_define
class MessageView:
    count: int
    title: str
    is_shared: bool
    proactive_prompt: str
    mentor_unique_id: str
    platform_key: str
    previous: str
    next_: str
    results: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "next_": "next",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        title = self.title

        is_shared = self.is_shared

        proactive_prompt = self.proactive_prompt

        mentor_unique_id = self.mentor_unique_id

        platform_key = self.platform_key

        previous = self.previous

        next_ = self.next_

        results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "title": title,
                "is_shared": is_shared,
                "proactive_prompt": proactive_prompt,
                "mentor_unique_id": mentor_unique_id,
                "platform_key": platform_key,
                "previous": previous,
                "next": next_,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        is_shared = d.pop("is_shared")
        if not isinstance(is_shared, bool):
            raise TypeError(f"is_shared: expected a boolean, got {type(is_shared).__name__}")

        proactive_prompt = d.pop("proactive_prompt")
        if not isinstance(proactive_prompt, str):
            raise TypeError(
                f"proactive_prompt: expected a string, got {type(proactive_prompt).__name__}"
            )

        mentor_unique_id = d.pop("mentor_unique_id")
        if not isinstance(mentor_unique_id, str):
            raise TypeError(
                f"mentor_unique_id: expected a string, got {type(mentor_unique_id).__name__}"
            )

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        previous = d.pop("previous")
        if not isinstance(previous, str):
            raise TypeError(f"previous: expected a string, got {type(previous).__name__}")

        next_ = d.pop("next")
        if not isinstance(next_, str):
            raise TypeError(f"next: expected a string, got {type(next_).__name__}")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = results_item_data

            results.append(results_item)

        message_view = cls(
            count=count,
            title=title,
            is_shared=is_shared,
            proactive_prompt=proactive_prompt,
            mentor_unique_id=mentor_unique_id,
            platform_key=platform_key,
            previous=previous,
            next_=next_,
            results=results,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        message_view.additional_properties = additional_properties
        return message_view

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
