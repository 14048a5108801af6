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
    from ..models.per_learner_course_videos_watched_data import PerLearnerCourseVideosWatchedData


T = TypeVar("T", bound="PerLearnerCourseVideosWatched")


@_attrs_define
class PerLearnerCourseVideosWatched:
    data: list[PerLearnerCourseVideosWatchedData]
    total: int
    """ videos watched """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.per_learner_course_videos_watched_data import (
            PerLearnerCourseVideosWatchedData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _data = d.pop("data")
        if not isinstance(_data, list):
            raise FieldError("data", "an array", _data)
        data = []
        for _data_index, data_item_data in enumerate(_data):
            try:
                data_item = nested("data_item", PerLearnerCourseVideosWatchedData, data_item_data)

            except PARSE_ERRORS as _data_error:
                raise within(("data", _data_index), _data_error, "data_item") from _data_error
            data.append(data_item)

        total = d.pop("total")
        if not isinstance(total, int) or total is True or total is False:
            raise FieldError("total", "an integer", total)

        per_learner_course_videos_watched = cls(
            data=data,
            total=total,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        per_learner_course_videos_watched.additional_properties = additional_properties
        return per_learner_course_videos_watched

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
