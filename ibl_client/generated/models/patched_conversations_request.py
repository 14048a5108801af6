from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_uuid,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topic_model import TopicModel


T = TypeVar("T", bound="PatchedConversationsRequest")


@_attrs_define
class PatchedConversationsRequest:
    topics: list[TopicModel] | Unset = UNSET
    mentor: UUID | Unset = UNSET
    model: str | Unset = UNSET
    platform: str | Unset = UNSET
    has_document: bool | Unset = UNSET
    memory_tracked: bool | Unset = UNSET
    enable_artifacts: bool | Unset = UNSET
    is_shared: bool | Unset = UNSET
    is_authenticated: bool | Unset = UNSET
    """ False if session was created by an anonymous user """
    llm_name: None | str | Unset = UNSET
    llm_provider: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    title: None | str | Unset = UNSET
    """ AI-generated title summarizing the conversation """
    is_conversation: bool | Unset = UNSET
    """ True if the session has both user and AI messages """
    message_count_human: int | Unset = UNSET
    """ Count of human messages in this session """
    message_count_ai: int | Unset = UNSET
    """ Count of AI messages in this session """
    tools: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        mentor: str | Unset = UNSET
        if not isinstance(self.mentor, Unset):
            mentor = str(self.mentor)

        model = self.model

        platform = self.platform

        has_document = self.has_document

        memory_tracked = self.memory_tracked

        enable_artifacts = self.enable_artifacts

        is_shared = self.is_shared

        is_authenticated = self.is_authenticated

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

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        is_conversation = self.is_conversation

        message_count_human = self.message_count_human

        message_count_ai = self.message_count_ai

        tools: list[int] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topics is not UNSET:
            field_dict["topics"] = topics
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if model is not UNSET:
            field_dict["model"] = model
        if platform is not UNSET:
            field_dict["platform"] = platform
        if has_document is not UNSET:
            field_dict["has_document"] = has_document
        if memory_tracked is not UNSET:
            field_dict["memory_tracked"] = memory_tracked
        if enable_artifacts is not UNSET:
            field_dict["enable_artifacts"] = enable_artifacts
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if is_authenticated is not UNSET:
            field_dict["is_authenticated"] = is_authenticated
        if llm_name is not UNSET:
            field_dict["llm_name"] = llm_name
        if llm_provider is not UNSET:
            field_dict["llm_provider"] = llm_provider
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if title is not UNSET:
            field_dict["title"] = title
        if is_conversation is not UNSET:
            field_dict["is_conversation"] = is_conversation
        if message_count_human is not UNSET:
            field_dict["message_count_human"] = message_count_human
        if message_count_ai is not UNSET:
            field_dict["message_count_ai"] = message_count_ai
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topic_model import TopicModel  # noqa: PLC0415

        d = dict(src_dict)
        _topics = d.pop("topics", UNSET)
        topics: list[TopicModel] | Unset = UNSET
        if _topics is not UNSET:
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

        _mentor = d.pop("mentor", UNSET)
        mentor: UUID | Unset
        if isinstance(_mentor, Unset):
            mentor = UNSET
        else:
            mentor = parse_uuid("mentor", _mentor)

        model = d.pop("model", UNSET)
        if not isinstance(model, (str, Unset)):
            raise FieldError("model", "a string", model)

        platform = d.pop("platform", UNSET)
        if not isinstance(platform, (str, Unset)):
            raise FieldError("platform", "a string", platform)

        has_document = d.pop("has_document", UNSET)
        if not isinstance(has_document, (bool, Unset)):
            raise FieldError("has_document", "a boolean", has_document)

        memory_tracked = d.pop("memory_tracked", UNSET)
        if not isinstance(memory_tracked, (bool, Unset)):
            raise FieldError("memory_tracked", "a boolean", memory_tracked)

        enable_artifacts = d.pop("enable_artifacts", UNSET)
        if not isinstance(enable_artifacts, (bool, Unset)):
            raise FieldError("enable_artifacts", "a boolean", enable_artifacts)

        is_shared = d.pop("is_shared", UNSET)
        if not isinstance(is_shared, (bool, Unset)):
            raise FieldError("is_shared", "a boolean", is_shared)

        is_authenticated = d.pop("is_authenticated", UNSET)
        if not isinstance(is_authenticated, (bool, Unset)):
            raise FieldError("is_authenticated", "a boolean", is_authenticated)

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

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("title", "a string or null", data)

        title = _parse_title(d.pop("title", UNSET))

        is_conversation = d.pop("is_conversation", UNSET)
        if not isinstance(is_conversation, (bool, Unset)):
            raise FieldError("is_conversation", "a boolean", is_conversation)

        message_count_human = d.pop("message_count_human", UNSET)
        if (
            not isinstance(message_count_human, (int, Unset))
            or message_count_human is True
            or message_count_human is False
        ):
            raise FieldError("message_count_human", "an integer", message_count_human)

        message_count_ai = d.pop("message_count_ai", UNSET)
        if (
            not isinstance(message_count_ai, (int, Unset))
            or message_count_ai is True
            or message_count_ai is False
        ):
            raise FieldError("message_count_ai", "an integer", message_count_ai)

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

        patched_conversations_request = cls(
            topics=topics,
            mentor=mentor,
            model=model,
            platform=platform,
            has_document=has_document,
            memory_tracked=memory_tracked,
            enable_artifacts=enable_artifacts,
            is_shared=is_shared,
            is_authenticated=is_authenticated,
            llm_name=llm_name,
            llm_provider=llm_provider,
            metadata=metadata,
            title=title,
            is_conversation=is_conversation,
            message_count_human=message_count_human,
            message_count_ai=message_count_ai,
            tools=tools,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_conversations_request.additional_properties = additional_properties
        return patched_conversations_request

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
