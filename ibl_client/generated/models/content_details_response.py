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
    from ..models.content_details_content_info import ContentDetailsContentInfo
    from ..models.content_details_learner import ContentDetailsLearner
    from ..models.content_details_pagination import ContentDetailsPagination
    from ..models.content_details_summary import ContentDetailsSummary


T = TypeVar("T", bound="ContentDetailsResponse")


@_attrs_define
class ContentDetailsResponse:
    """Serializer for the content details API response."""

    content_info: ContentDetailsContentInfo
    """ Serializer for the content information block. """
    summary: ContentDetailsSummary
    """ Serializer for summary data in the content details endpoint. """
    pagination: ContentDetailsPagination
    """ Serializer for pagination information in content details response. """
    learners: list[ContentDetailsLearner]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_info = self.content_info.to_dict()

        summary = self.summary.to_dict()

        pagination = self.pagination.to_dict()

        learners = []
        for learners_item_data in self.learners:
            learners_item = learners_item_data.to_dict()
            learners.append(learners_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_info": content_info,
                "summary": summary,
                "pagination": pagination,
                "learners": learners,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_details_content_info import ContentDetailsContentInfo  # noqa: PLC0415
        from ..models.content_details_learner import ContentDetailsLearner  # noqa: PLC0415
        from ..models.content_details_pagination import ContentDetailsPagination  # noqa: PLC0415
        from ..models.content_details_summary import ContentDetailsSummary  # noqa: PLC0415

        d = dict(src_dict)
        content_info = nested("content_info", ContentDetailsContentInfo, d.pop("content_info"))

        summary = nested("summary", ContentDetailsSummary, d.pop("summary"))

        pagination = nested("pagination", ContentDetailsPagination, d.pop("pagination"))

        _learners = d.pop("learners")
        if not isinstance(_learners, list):
            raise FieldError("learners", "an array", _learners)
        learners = []
        for _learners_index, learners_item_data in enumerate(_learners):
            try:
                learners_item = nested("learners_item", ContentDetailsLearner, learners_item_data)

            except PARSE_ERRORS as _learners_error:
                raise within(
                    ("learners", _learners_index), _learners_error, "learners_item"
                ) from _learners_error
            learners.append(learners_item)

        content_details_response = cls(
            content_info=content_info,
            summary=summary,
            pagination=pagination,
            learners=learners,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        content_details_response.additional_properties = additional_properties
        return content_details_response

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
