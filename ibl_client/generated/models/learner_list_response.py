from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_datetime,
    within,
)

if TYPE_CHECKING:
    from ..models.learner_list_item import LearnerListItem
    from ..models.learner_list_pagination import LearnerListPagination
    from ..models.platform_info import PlatformInfo


T = TypeVar("T", bound="LearnerListResponse")


@_attrs_define
class LearnerListResponse:
    """Serializer for learner list API response."""

    platform: PlatformInfo
    """ Serializer for platform information. """
    learners: list[LearnerListItem]
    """ List of learners """
    pagination: LearnerListPagination
    """ Serializer for learner list pagination. """
    generated_at: datetime.datetime
    """ Response generation timestamp """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform.to_dict()

        learners = []
        for learners_item_data in self.learners:
            learners_item = learners_item_data.to_dict()
            learners.append(learners_item)

        pagination = self.pagination.to_dict()

        generated_at = self.generated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "learners": learners,
                "pagination": pagination,
                "generated_at": generated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.learner_list_item import LearnerListItem  # noqa: PLC0415
        from ..models.learner_list_pagination import LearnerListPagination  # noqa: PLC0415
        from ..models.platform_info import PlatformInfo  # noqa: PLC0415

        d = dict(src_dict)
        platform = nested("platform", PlatformInfo, d.pop("platform"))

        _learners = d.pop("learners")
        if not isinstance(_learners, list):
            raise FieldError("learners", "an array", _learners)
        learners = []
        for _learners_index, learners_item_data in enumerate(_learners):
            try:
                learners_item = nested("learners_item", LearnerListItem, learners_item_data)

            except PARSE_ERRORS as _learners_error:
                raise within(
                    ("learners", _learners_index), _learners_error, "learners_item"
                ) from _learners_error
            learners.append(learners_item)

        pagination = nested("pagination", LearnerListPagination, d.pop("pagination"))

        generated_at = parse_datetime("generated_at", d.pop("generated_at"))

        learner_list_response = cls(
            platform=platform,
            learners=learners,
            pagination=pagination,
            generated_at=generated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        learner_list_response.additional_properties = additional_properties
        return learner_list_response

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
