from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.crawler_pattern_type_enum import (
    CrawlerPatternTypeEnum,
    check_crawler_pattern_type_enum,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="TrainDocumentViewRequest")


@_attrs_define
class TrainDocumentViewRequest:
    type_: str
    """ Type of document e.g file """
    pathway: str | Unset = UNSET
    """ Pathway for document to be trained in """
    url: str | Unset = UNSET
    """ Url of the document to be trained """
    text: str | Unset = UNSET
    """ Search text for wikipedia """
    translate: bool | Unset = UNSET
    """ If file should be translated """
    file: File | Unset = UNSET
    """ File to be trained """
    access: str | Unset = UNSET
    """ Accessibilityto the file """
    branch: str | Unset = UNSET
    """ Branch of the repository """
    google_drive_auth_data: Any | Unset = UNSET
    """ Authentication and scoped details of google drive """
    dropbox_auth_data: Any | Unset = UNSET
    """ Authentication and scoped details of dropbox """
    crawler_max_depth: int | Unset = UNSET
    """ The max depth of the crawler """
    crawler_max_pages_limit: int | Unset = UNSET
    """ The max pages limit of the crawler """
    crawler_max_concurrency: int | Unset = UNSET
    """ The max concurrency of the crawler """
    crawler_match_patterns: list[str] | Unset = UNSET
    """ The patterns that the crawler should use to match urls. Patterns may be a glob pattern or a full regex
    pattern. Indicate the specified type in `crawler_pattern_type`. """
    crawler_pattern_type: CrawlerPatternTypeEnum | Unset = UNSET
    """ * `glob` - Glob
    * `regex` - Regex """
    custom_metadata: Any | Unset = UNSET
    """ Custom metadata to attach to the trained document. Must be a flat JSON object with string keys and string,
    number, or boolean values. """
    add_to_document_pool: bool | Unset = UNSET
    """ Adds document to the pool or not. """
    document_pool_only: bool | Unset = UNSET
    """ Only adds document to document pool. Requires pathway to be empty. """
    user_image_description: str | Unset = UNSET
    """ Description of an image submitted by the user for RAG. """
    github_access_token: str | Unset = UNSET
    """ GitHub access token with repo scope. Required for private repositories. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        pathway = self.pathway

        url = self.url

        text = self.text

        translate = self.translate

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        access = self.access

        branch = self.branch

        google_drive_auth_data = self.google_drive_auth_data

        dropbox_auth_data = self.dropbox_auth_data

        crawler_max_depth = self.crawler_max_depth

        crawler_max_pages_limit = self.crawler_max_pages_limit

        crawler_max_concurrency = self.crawler_max_concurrency

        crawler_match_patterns: list[str] | Unset = UNSET
        if not isinstance(self.crawler_match_patterns, Unset):
            crawler_match_patterns = self.crawler_match_patterns

        crawler_pattern_type: str | Unset = UNSET
        if not isinstance(self.crawler_pattern_type, Unset):
            crawler_pattern_type = self.crawler_pattern_type

        custom_metadata = self.custom_metadata

        add_to_document_pool = self.add_to_document_pool

        document_pool_only = self.document_pool_only

        user_image_description = self.user_image_description

        github_access_token = self.github_access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if pathway is not UNSET:
            field_dict["pathway"] = pathway
        if url is not UNSET:
            field_dict["url"] = url
        if text is not UNSET:
            field_dict["text"] = text
        if translate is not UNSET:
            field_dict["translate"] = translate
        if file is not UNSET:
            field_dict["file"] = file
        if access is not UNSET:
            field_dict["access"] = access
        if branch is not UNSET:
            field_dict["branch"] = branch
        if google_drive_auth_data is not UNSET:
            field_dict["google_drive_auth_data"] = google_drive_auth_data
        if dropbox_auth_data is not UNSET:
            field_dict["dropbox_auth_data"] = dropbox_auth_data
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
        if custom_metadata is not UNSET:
            field_dict["custom_metadata"] = custom_metadata
        if add_to_document_pool is not UNSET:
            field_dict["add_to_document_pool"] = add_to_document_pool
        if document_pool_only is not UNSET:
            field_dict["document_pool_only"] = document_pool_only
        if user_image_description is not UNSET:
            field_dict["user_image_description"] = user_image_description
        if github_access_token is not UNSET:
            field_dict["github_access_token"] = github_access_token

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("type", (None, str(self.type_).encode(), "text/plain")))

        if not isinstance(self.pathway, Unset):
            files.append(("pathway", (None, str(self.pathway).encode(), "text/plain")))

        if not isinstance(self.url, Unset):
            files.append(("url", (None, str(self.url).encode(), "text/plain")))

        if not isinstance(self.text, Unset):
            files.append(("text", (None, str(self.text).encode(), "text/plain")))

        if not isinstance(self.translate, Unset):
            files.append(("translate", (None, str(self.translate).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.access, Unset):
            files.append(("access", (None, str(self.access).encode(), "text/plain")))

        if not isinstance(self.branch, Unset):
            files.append(("branch", (None, str(self.branch).encode(), "text/plain")))

        if not isinstance(self.google_drive_auth_data, Unset):
            files.append(
                (
                    "google_drive_auth_data",
                    (None, str(self.google_drive_auth_data).encode(), "text/plain"),
                )
            )

        if not isinstance(self.dropbox_auth_data, Unset):
            files.append(
                ("dropbox_auth_data", (None, str(self.dropbox_auth_data).encode(), "text/plain"))
            )

        if not isinstance(self.crawler_max_depth, Unset):
            files.append(
                ("crawler_max_depth", (None, str(self.crawler_max_depth).encode(), "text/plain"))
            )

        if not isinstance(self.crawler_max_pages_limit, Unset):
            files.append(
                (
                    "crawler_max_pages_limit",
                    (None, str(self.crawler_max_pages_limit).encode(), "text/plain"),
                )
            )

        if not isinstance(self.crawler_max_concurrency, Unset):
            files.append(
                (
                    "crawler_max_concurrency",
                    (None, str(self.crawler_max_concurrency).encode(), "text/plain"),
                )
            )

        if not isinstance(self.crawler_match_patterns, Unset):
            for crawler_match_patterns_item_element in self.crawler_match_patterns:
                files.append(
                    (
                        "crawler_match_patterns",
                        (None, str(crawler_match_patterns_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.crawler_pattern_type, Unset):
            files.append(
                (
                    "crawler_pattern_type",
                    (None, str(self.crawler_pattern_type).encode(), "text/plain"),
                )
            )

        if not isinstance(self.custom_metadata, Unset):
            files.append(
                ("custom_metadata", (None, str(self.custom_metadata).encode(), "text/plain"))
            )

        if not isinstance(self.add_to_document_pool, Unset):
            files.append(
                (
                    "add_to_document_pool",
                    (None, str(self.add_to_document_pool).encode(), "text/plain"),
                )
            )

        if not isinstance(self.document_pool_only, Unset):
            files.append(
                ("document_pool_only", (None, str(self.document_pool_only).encode(), "text/plain"))
            )

        if not isinstance(self.user_image_description, Unset):
            files.append(
                (
                    "user_image_description",
                    (None, str(self.user_image_description).encode(), "text/plain"),
                )
            )

        if not isinstance(self.github_access_token, Unset):
            files.append(
                (
                    "github_access_token",
                    (None, str(self.github_access_token).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type: expected a string, got {type(type_).__name__}")

        pathway = d.pop("pathway", UNSET)
        if not isinstance(pathway, (str, Unset)):
            raise TypeError(f"pathway: expected a string, got {type(pathway).__name__}")

        url = d.pop("url", UNSET)
        if not isinstance(url, (str, Unset)):
            raise TypeError(f"url: expected a string, got {type(url).__name__}")

        text = d.pop("text", UNSET)
        if not isinstance(text, (str, Unset)):
            raise TypeError(f"text: expected a string, got {type(text).__name__}")

        translate = d.pop("translate", UNSET)
        if not isinstance(translate, (bool, Unset)):
            raise TypeError(f"translate: expected a boolean, got {type(translate).__name__}")

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        access = d.pop("access", UNSET)
        if not isinstance(access, (str, Unset)):
            raise TypeError(f"access: expected a string, got {type(access).__name__}")

        branch = d.pop("branch", UNSET)
        if not isinstance(branch, (str, Unset)):
            raise TypeError(f"branch: expected a string, got {type(branch).__name__}")

        google_drive_auth_data = d.pop("google_drive_auth_data", UNSET)

        dropbox_auth_data = d.pop("dropbox_auth_data", UNSET)

        crawler_max_depth = d.pop("crawler_max_depth", UNSET)
        if (
            not isinstance(crawler_max_depth, (int, Unset))
            or crawler_max_depth is True
            or crawler_max_depth is False
        ):
            raise TypeError(
                f"crawler_max_depth: expected an integer, got {type(crawler_max_depth).__name__}"
            )

        crawler_max_pages_limit = d.pop("crawler_max_pages_limit", UNSET)
        if (
            not isinstance(crawler_max_pages_limit, (int, Unset))
            or crawler_max_pages_limit is True
            or crawler_max_pages_limit is False
        ):
            raise TypeError(
                f"crawler_max_pages_limit: expected an integer, got {type(crawler_max_pages_limit).__name__}"
            )

        crawler_max_concurrency = d.pop("crawler_max_concurrency", UNSET)
        if (
            not isinstance(crawler_max_concurrency, (int, Unset))
            or crawler_max_concurrency is True
            or crawler_max_concurrency is False
        ):
            raise TypeError(
                f"crawler_max_concurrency: expected an integer, got {type(crawler_max_concurrency).__name__}"
            )

        _crawler_match_patterns = d.pop("crawler_match_patterns", UNSET)
        crawler_match_patterns: list[str] | Unset = UNSET
        if _crawler_match_patterns is not UNSET:
            crawler_match_patterns = []
            for crawler_match_patterns_item_data in _crawler_match_patterns:
                crawler_match_patterns_item = crawler_match_patterns_item_data
                if not isinstance(crawler_match_patterns_item, str):
                    raise TypeError(
                        f"crawler_match_patterns_item: expected a string, got {type(crawler_match_patterns_item).__name__}"
                    )

                crawler_match_patterns.append(crawler_match_patterns_item)

        _crawler_pattern_type = d.pop("crawler_pattern_type", UNSET)
        crawler_pattern_type: CrawlerPatternTypeEnum | Unset
        if isinstance(_crawler_pattern_type, Unset):
            crawler_pattern_type = UNSET
        else:
            crawler_pattern_type = check_crawler_pattern_type_enum(_crawler_pattern_type)

        custom_metadata = d.pop("custom_metadata", UNSET)

        add_to_document_pool = d.pop("add_to_document_pool", UNSET)
        if not isinstance(add_to_document_pool, (bool, Unset)):
            raise TypeError(
                f"add_to_document_pool: expected a boolean, got {type(add_to_document_pool).__name__}"
            )

        document_pool_only = d.pop("document_pool_only", UNSET)
        if not isinstance(document_pool_only, (bool, Unset)):
            raise TypeError(
                f"document_pool_only: expected a boolean, got {type(document_pool_only).__name__}"
            )

        user_image_description = d.pop("user_image_description", UNSET)
        if not isinstance(user_image_description, (str, Unset)):
            raise TypeError(
                f"user_image_description: expected a string, got {type(user_image_description).__name__}"
            )

        github_access_token = d.pop("github_access_token", UNSET)
        if not isinstance(github_access_token, (str, Unset)):
            raise TypeError(
                f"github_access_token: expected a string, got {type(github_access_token).__name__}"
            )

        train_document_view_request = cls(
            type_=type_,
            pathway=pathway,
            url=url,
            text=text,
            translate=translate,
            file=file,
            access=access,
            branch=branch,
            google_drive_auth_data=google_drive_auth_data,
            dropbox_auth_data=dropbox_auth_data,
            crawler_max_depth=crawler_max_depth,
            crawler_max_pages_limit=crawler_max_pages_limit,
            crawler_max_concurrency=crawler_max_concurrency,
            crawler_match_patterns=crawler_match_patterns,
            crawler_pattern_type=crawler_pattern_type,
            custom_metadata=custom_metadata,
            add_to_document_pool=add_to_document_pool,
            document_pool_only=document_pool_only,
            user_image_description=user_image_description,
            github_access_token=github_access_token,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        train_document_view_request.additional_properties = additional_properties
        return train_document_view_request

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
