from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topic_model import TopicModel


T = TypeVar("T", bound="ConversationsRequest")


@_attrs_define
class ConversationsRequest:
    topics: list[TopicModel]
    mentor: str
    model: str
    platform: str
    has_document: bool | Unset = UNSET
    memory_tracked: bool | Unset = UNSET
    llm_name: None | str | Unset = UNSET
    llm_provider: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    tools: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        mentor = self.mentor

        model = self.model

        platform = self.platform

        has_document = self.has_document

        memory_tracked = self.memory_tracked

        llm_name: None | str | Unset
        if isinstance(self.llm_name, Unset):
            llm_name = UNSET
        else:
            llm_name = self.llm_name

        llm_provider: None | str | Unset
        if isinstance(self.llm_provider, Unset):
            llm_provider = UNSET
        else:
            llm_provider = self.llm_provider

        metadata = self.metadata

        tools: list[int] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topics": topics,
                "mentor": mentor,
                "model": model,
                "platform": platform,
            }
        )
        if has_document is not UNSET:
            field_dict["has_document"] = has_document
        if memory_tracked is not UNSET:
            field_dict["memory_tracked"] = memory_tracked
        if llm_name is not UNSET:
            field_dict["llm_name"] = llm_name
        if llm_provider is not UNSET:
            field_dict["llm_provider"] = llm_provider
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topic_model import TopicModel  # noqa: PLC0415

        d = dict(src_dict)
        _topics = d.pop("topics")
        if not isinstance(_topics, list):
            raise FieldError("topics", "an array", _topics)
        topics = []
        for _topics_index, topics_item_data in enumerate(_topics):
            try:
                topics_item = nested("topics_item", TopicModel, topics_item_data)

            except PARSE_ERRORS as _topics_error:
                raise within(
                    ("topics", _topics_index), _topics_error, "topics_item"
                ) from _topics_error
            topics.append(topics_item)

        mentor = d.pop("mentor")
        if not isinstance(mentor, str):
            raise FieldError("mentor", "a string", mentor)

        model = d.pop("model")
        if not isinstance(model, str):
            raise FieldError("model", "a string", model)

        platform = d.pop("platform")
        if not isinstance(platform, str):
            raise FieldError("platform", "a string", platform)

        has_document = d.pop("has_document", UNSET)
        if not isinstance(has_document, (bool, Unset)):
            raise FieldError("has_document", "a boolean", has_document)

        memory_tracked = d.pop("memory_tracked", UNSET)
        if not isinstance(memory_tracked, (bool, Unset)):
            raise FieldError("memory_tracked", "a boolean", memory_tracked)

        def _parse_llm_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("llm_name", "a string or null", data)

        llm_name = _parse_llm_name(d.pop("llm_name", UNSET))

        def _parse_llm_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("llm_provider", "a string or null", data)

        llm_provider = _parse_llm_provider(d.pop("llm_provider", UNSET))

        metadata = d.pop("metadata", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[int] | Unset = UNSET
        if _tools is not UNSET:
            if not isinstance(_tools, list):
                raise FieldError("tools", "an array", _tools)
            tools = []
            for _tools_index, tools_item_data in enumerate(_tools):
                try:
                    tools_item = tools_item_data
                    if not isinstance(tools_item, int) or tools_item is True or tools_item is False:
                        raise FieldError("tools_item", "an integer", tools_item)

                except PARSE_ERRORS as _tools_error:
                    raise within(
                        ("tools", _tools_index), _tools_error, "tools_item"
                    ) from _tools_error
                tools.append(tools_item)

        conversations_request = cls(
            topics=topics,
            mentor=mentor,
            model=model,
            platform=platform,
            has_document=has_document,
            memory_tracked=memory_tracked,
            llm_name=llm_name,
            llm_provider=llm_provider,
            metadata=metadata,
            tools=tools,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        conversations_request.additional_properties = additional_properties
        return conversations_request

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
