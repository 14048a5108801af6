from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageView")


@_attrs_define
class MessageView:
    count: int
    title: str
    proactive_prompt: str
    mentor_unique_id: str
    platform_key: str
    previous: str
    next_: str
    results: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        title = self.title

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

        title = d.pop("title")

        proactive_prompt = d.pop("proactive_prompt")

        mentor_unique_id = d.pop("mentor_unique_id")

        platform_key = d.pop("platform_key")

        previous = d.pop("previous")

        next_ = d.pop("next")

        results = cast(list[Any], d.pop("results"))

        message_view = cls(
            count=count,
            title=title,
            proactive_prompt=proactive_prompt,
            mentor_unique_id=mentor_unique_id,
            platform_key=platform_key,
            previous=previous,
            next_=next_,
            results=results,
        )

        message_view.additional_properties = d
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
