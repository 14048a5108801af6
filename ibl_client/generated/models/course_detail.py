from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_completion import CourseCompletion
    from ..models.enrollment_info import EnrollmentInfo


T = TypeVar("T", bound="CourseDetail")


@_attrs_define
class CourseDetail:
    course_id: str
    enrollment: EnrollmentInfo
    name: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    completion: CourseCompletion | None | Unset = UNSET
    time_spent: str | Unset = UNSET
    """ Total time spent on this course in human-readable format (e.g., '1h 30m') """
    time_spent_secs: int | Unset = UNSET
    """ Total time spent on this course in seconds """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course_completion import CourseCompletion  # noqa: PLC0415

        course_id = self.course_id

        enrollment = self.enrollment.to_dict()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        completion: dict[str, Any] | None | Unset
        if isinstance(self.completion, Unset):
            completion = UNSET
        elif isinstance(self.completion, CourseCompletion):
            completion = self.completion.to_dict()
        else:
            completion = self.completion

        time_spent = self.time_spent

        time_spent_secs = self.time_spent_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "enrollment": enrollment,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if completion is not UNSET:
            field_dict["completion"] = completion
        if time_spent is not UNSET:
            field_dict["time_spent"] = time_spent
        if time_spent_secs is not UNSET:
            field_dict["time_spent_secs"] = time_spent_secs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_completion import CourseCompletion  # noqa: PLC0415
        from ..models.enrollment_info import EnrollmentInfo  # noqa: PLC0415

        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        enrollment = nested("enrollment", EnrollmentInfo, d.pop("enrollment"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("platform", "a string or null", data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_completion(data: object) -> CourseCompletion | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, dict):
                try:
                    completion_type_1 = nested("completion_type_1", CourseCompletion, data)

                    return completion_type_1
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("completion", member_error, "completion_type_1"))
            if error is not None:
                raise error
            raise FieldError("completion", "an object (CourseCompletion) or null", data)

        completion = _parse_completion(d.pop("completion", UNSET))

        time_spent = d.pop("time_spent", UNSET)
        if not isinstance(time_spent, (str, Unset)):
            raise FieldError("time_spent", "a string", time_spent)

        time_spent_secs = d.pop("time_spent_secs", UNSET)
        if (
            not isinstance(time_spent_secs, (int, Unset))
            or time_spent_secs is True
            or time_spent_secs is False
        ):
            raise FieldError("time_spent_secs", "an integer", time_spent_secs)

        course_detail = cls(
            course_id=course_id,
            enrollment=enrollment,
            name=name,
            platform=platform,
            completion=completion,
            time_spent=time_spent,
            time_spent_secs=time_spent_secs,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_detail.additional_properties = additional_properties
        return course_detail

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
