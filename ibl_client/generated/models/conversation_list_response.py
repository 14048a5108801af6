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

if TYPE_CHECKING:
    from ..models.conversation_list_item import ConversationListItem
    from ..models.conversation_list_response_pagination import ConversationListResponsePagination
    from ..models.conversation_list_response_summary import ConversationListResponseSummary


T = TypeVar("T", bound="ConversationListResponse")


@_attrs_define
class ConversationListResponse:
    summary: ConversationListResponseSummary
    results: list[ConversationListItem]
    pagination: ConversationListResponsePagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
                "results": results,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_list_item import ConversationListItem  # noqa: PLC0415
        from ..models.conversation_list_response_pagination import (
            ConversationListResponsePagination,  # noqa: PLC0415
        )
        from ..models.conversation_list_response_summary import ConversationListResponseSummary  # noqa: PLC0415

        d = dict(src_dict)
        summary = nested("summary", ConversationListResponseSummary, d.pop("summary"))

        _results = d.pop("results")
        if not isinstance(_results, list):
            raise FieldError("results", "an array", _results)
        results = []
        for _results_index, results_item_data in enumerate(_results):
            try:
                results_item = nested("results_item", ConversationListItem, results_item_data)

            except PARSE_ERRORS as _results_error:
                raise within(
                    ("results", _results_index), _results_error, "results_item"
                ) from _results_error
            results.append(results_item)

        pagination = nested("pagination", ConversationListResponsePagination, d.pop("pagination"))

        conversation_list_response = cls(
            summary=summary,
            results=results,
            pagination=pagination,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        conversation_list_response.additional_properties = additional_properties
        return conversation_list_response

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
