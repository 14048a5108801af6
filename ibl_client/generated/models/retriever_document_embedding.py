from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_datetime,
    within,
)
from ..models.access_enum import AccessEnum, check_access_enum
from ..models.blank_enum import BlankEnum, check_blank_enum
from ..models.crawler_pattern_type_enum import (
    CrawlerPatternTypeEnum,
    check_crawler_pattern_type_enum,
)
from ..models.training_status_enum import TrainingStatusEnum, check_training_status_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="RetrieverDocumentEmbedding")


@_attrs_define
class RetrieverDocumentEmbedding:
    id: int
    username: str
    pathway: str
    platform_key: str
    last_trained_at: datetime.datetime | None
    metadata: Any | Unset = UNSET
    document_name: None | str | Unset = UNSET
    document_type: None | str | Unset = UNSET
    training_status: BlankEnum | None | TrainingStatusEnum | Unset = UNSET
    url: None | str | Unset = UNSET
    tokens: int | None | Unset = UNSET
    is_trained: bool | Unset = UNSET
    access: AccessEnum | BlankEnum | None | Unset = UNSET
    crawler_max_depth: int | None | Unset = UNSET
    crawler_max_pages_limit: int | None | Unset = UNSET
    crawler_max_concurrency: int | None | Unset = UNSET
    crawler_match_patterns: Any | Unset = UNSET
    """ List of patterns that the crawler should use to match urls.
    Patterns may be a glob pattern or a full regex pattern.
    Indicate the specified type in `crawler_pattern_type`. """
    crawler_pattern_type: BlankEnum | CrawlerPatternTypeEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        pathway = self.pathway

        platform_key = self.platform_key

        last_trained_at: None | str
        if isinstance(self.last_trained_at, datetime.datetime):
            last_trained_at = self.last_trained_at.isoformat()
        else:
            last_trained_at = self.last_trained_at

        metadata = self.metadata

        document_name: None | str | Unset
        if isinstance(self.document_name, Unset):
            document_name = UNSET
        else:
            document_name = self.document_name

        document_type: None | str | Unset
        if isinstance(self.document_type, Unset):
            document_type = UNSET
        else:
            document_type = self.document_type

        training_status: None | str | Unset
        if isinstance(self.training_status, Unset):
            training_status = UNSET
        elif isinstance(self.training_status, str):
            training_status = self.training_status
        elif isinstance(self.training_status, str):
            training_status = self.training_status
        else:
            training_status = self.training_status

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        tokens: int | None | Unset
        if isinstance(self.tokens, Unset):
            tokens = UNSET
        else:
            tokens = self.tokens

        is_trained = self.is_trained

        access: None | str | Unset
        if isinstance(self.access, Unset):
            access = UNSET
        elif isinstance(self.access, str):
            access = self.access
        elif isinstance(self.access, str):
            access = self.access
        else:
            access = self.access

        crawler_max_depth: int | None | Unset
        if isinstance(self.crawler_max_depth, Unset):
            crawler_max_depth = UNSET
        else:
            crawler_max_depth = self.crawler_max_depth

        crawler_max_pages_limit: int | None | Unset
        if isinstance(self.crawler_max_pages_limit, Unset):
            crawler_max_pages_limit = UNSET
        else:
            crawler_max_pages_limit = self.crawler_max_pages_limit

        crawler_max_concurrency: int | None | Unset
        if isinstance(self.crawler_max_concurrency, Unset):
            crawler_max_concurrency = UNSET
        else:
            crawler_max_concurrency = self.crawler_max_concurrency

        crawler_match_patterns = self.crawler_match_patterns

        crawler_pattern_type: str | Unset
        if isinstance(self.crawler_pattern_type, Unset):
            crawler_pattern_type = UNSET
        elif isinstance(self.crawler_pattern_type, str):
            crawler_pattern_type = self.crawler_pattern_type
        else:
            crawler_pattern_type = self.crawler_pattern_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "pathway": pathway,
                "platform_key": platform_key,
                "last_trained_at": last_trained_at,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if document_name is not UNSET:
            field_dict["document_name"] = document_name
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if training_status is not UNSET:
            field_dict["training_status"] = training_status
        if url is not UNSET:
            field_dict["url"] = url
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if is_trained is not UNSET:
            field_dict["is_trained"] = is_trained
        if access is not UNSET:
            field_dict["access"] = access
        if crawler_max_depth is not UNSET:
            field_dict["crawler_max_depth"] = crawler_max_depth
        if crawler_max_pages_limit is not UNSET:
            field_dict["crawler_max_pages_limit"] = crawler_max_pages_limit
        if crawler_max_concurrency is not UNSET:
            field_dict["crawler_max_concurrency"] = crawler_max_concurrency
        if crawler_match_patterns is not UNSET:
            field_dict["crawler_match_patterns"] = crawler_match_patterns
        if crawler_pattern_type is not UNSET:
            field_dict["crawler_pattern_type"] = crawler_pattern_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        pathway = d.pop("pathway")
        if not isinstance(pathway, str):
            raise FieldError("pathway", "a string", pathway)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        def _parse_last_trained_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    last_trained_at_type_0 = parse_datetime("last_trained_at_type_0", data)

                    return last_trained_at_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("last_trained_at", member_error, "last_trained_at_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("last_trained_at", "a date-time string or null", data)

        last_trained_at = _parse_last_trained_at(d.pop("last_trained_at"))

        metadata = d.pop("metadata", UNSET)

        def _parse_document_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("document_name", "a string or null", data)

        document_name = _parse_document_name(d.pop("document_name", UNSET))

        def _parse_document_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("document_type", "a string or null", data)

        document_type = _parse_document_type(d.pop("document_type", UNSET))

        def _parse_training_status(data: object) -> BlankEnum | None | TrainingStatusEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                return check_training_status_enum(data, "training_status", known_only=True)
            except PARSE_ERRORS:
                pass
            try:
                return check_blank_enum(data, "training_status", known_only=True)
            except PARSE_ERRORS:
                pass
            if isinstance(data, str):
                return check_training_status_enum(data, "training_status")
            raise FieldError(
                "training_status", "one of TrainingStatusEnum or one of BlankEnum or null", data
            )

        training_status = _parse_training_status(d.pop("training_status", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("url", "a string or null", data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("tokens", "an integer or null", data)

        tokens = _parse_tokens(d.pop("tokens", UNSET))

        is_trained = d.pop("is_trained", UNSET)
        if not isinstance(is_trained, (bool, Unset)):
            raise FieldError("is_trained", "a boolean", is_trained)

        def _parse_access(data: object) -> AccessEnum | BlankEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                return check_access_enum(data, "access", known_only=True)
            except PARSE_ERRORS:
                pass
            try:
                return check_blank_enum(data, "access", known_only=True)
            except PARSE_ERRORS:
                pass
            if isinstance(data, str):
                return check_access_enum(data, "access")
            raise FieldError("access", "one of AccessEnum or one of BlankEnum or null", data)

        access = _parse_access(d.pop("access", UNSET))

        def _parse_crawler_max_depth(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("crawler_max_depth", "an integer or null", data)

        crawler_max_depth = _parse_crawler_max_depth(d.pop("crawler_max_depth", UNSET))

        def _parse_crawler_max_pages_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("crawler_max_pages_limit", "an integer or null", data)

        crawler_max_pages_limit = _parse_crawler_max_pages_limit(
            d.pop("crawler_max_pages_limit", UNSET)
        )

        def _parse_crawler_max_concurrency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("crawler_max_concurrency", "an integer or null", data)

        crawler_max_concurrency = _parse_crawler_max_concurrency(
            d.pop("crawler_max_concurrency", UNSET)
        )

        crawler_match_patterns = d.pop("crawler_match_patterns", UNSET)

        def _parse_crawler_pattern_type(data: object) -> BlankEnum | CrawlerPatternTypeEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                return check_crawler_pattern_type_enum(
                    data, "crawler_pattern_type", known_only=True
                )
            except PARSE_ERRORS:
                pass
            try:
                return check_blank_enum(data, "crawler_pattern_type", known_only=True)
            except PARSE_ERRORS:
                pass
            if isinstance(data, str):
                return check_crawler_pattern_type_enum(data, "crawler_pattern_type")
            raise FieldError(
                "crawler_pattern_type", "one of CrawlerPatternTypeEnum or one of BlankEnum", data
            )

        crawler_pattern_type = _parse_crawler_pattern_type(d.pop("crawler_pattern_type", UNSET))

        retriever_document_embedding = cls(
            id=id,
            username=username,
            pathway=pathway,
            platform_key=platform_key,
            last_trained_at=last_trained_at,
            metadata=metadata,
            document_name=document_name,
            document_type=document_type,
            training_status=training_status,
            url=url,
            tokens=tokens,
            is_trained=is_trained,
            access=access,
            crawler_max_depth=crawler_max_depth,
            crawler_max_pages_limit=crawler_max_pages_limit,
            crawler_max_concurrency=crawler_max_concurrency,
            crawler_match_patterns=crawler_match_patterns,
            crawler_pattern_type=crawler_pattern_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        retriever_document_embedding.additional_properties = additional_properties
        return retriever_document_embedding

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
