from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_datetime,
    parse_uuid,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topic_model import TopicModel


T = TypeVar("T", bound="Conversations")


@_attrs_define
class Conversations:
    id: UUID
    messages: str
    topics: list[TopicModel]
    sentiment: str
    mentor: UUID
    student: str
    email: str
    model: str
    rating: int
    platform: str
    lti_email: str
    """ Email claim from LTI1.3 JWT if an LTI user and available """
    lti_username: str
    """ Username claim from LTI1.3 JWT if an LTI user and available """
    inserted_at: datetime.datetime
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
        id = str(self.id)

        messages = self.messages

        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        sentiment = self.sentiment

        mentor = str(self.mentor)

        student = self.student

        email = self.email

        model = self.model

        rating = self.rating

        platform = self.platform

        lti_email = self.lti_email

        lti_username = self.lti_username

        inserted_at = self.inserted_at.isoformat()

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
        field_dict.update(
            {
                "id": id,
                "messages": messages,
                "topics": topics,
                "sentiment": sentiment,
                "mentor": mentor,
                "student": student,
                "email": email,
                "model": model,
                "rating": rating,
                "platform": platform,
                "lti_email": lti_email,
                "lti_username": lti_username,
                "inserted_at": inserted_at,
            }
        )
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
        id = parse_uuid("id", d.pop("id"))

        messages = d.pop("messages")
        if not isinstance(messages, str):
            raise FieldError("messages", "a string", messages)

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

        sentiment = d.pop("sentiment")
        if not isinstance(sentiment, str):
            raise FieldError("sentiment", "a string", sentiment)

        mentor = parse_uuid("mentor", d.pop("mentor"))

        student = d.pop("student")
        if not isinstance(student, str):
            raise FieldError("student", "a string", student)

        email = d.pop("email")
        if not isinstance(email, str):
            raise FieldError("email", "a string", email)

        model = d.pop("model")
        if not isinstance(model, str):
            raise FieldError("model", "a string", model)

        rating = d.pop("rating")
        if not isinstance(rating, int) or rating is True or rating is False:
            raise FieldError("rating", "an integer", rating)

        platform = d.pop("platform")
        if not isinstance(platform, str):
            raise FieldError("platform", "a string", platform)

        lti_email = d.pop("lti_email")
        if not isinstance(lti_email, str):
            raise FieldError("lti_email", "a string", lti_email)

        lti_username = d.pop("lti_username")
        if not isinstance(lti_username, str):
            raise FieldError("lti_username", "a string", lti_username)

        inserted_at = parse_datetime("inserted_at", d.pop("inserted_at"))

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

        conversations = cls(
            id=id,
            messages=messages,
            topics=topics,
            sentiment=sentiment,
            mentor=mentor,
            student=student,
            email=email,
            model=model,
            rating=rating,
            platform=platform,
            lti_email=lti_email,
            lti_username=lti_username,
            inserted_at=inserted_at,
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

        conversations.additional_properties = additional_properties
        return conversations

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
