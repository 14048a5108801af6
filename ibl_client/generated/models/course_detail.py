from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"course_id: expected a string, got {type(course_id).__name__}")

        enrollment = EnrollmentInfo.from_dict(d.pop("enrollment"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                name_type_0 = data
                if not isinstance(name_type_0, str):
                    raise TypeError(
                        f"name_type_0: expected a string, got {type(name_type_0).__name__}"
                    )

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            name_type_1 = data

            return name_type_1

        name = _parse_name(d.pop("name", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_type_0 = data
                if not isinstance(platform_type_0, str):
                    raise TypeError(
                        f"platform_type_0: expected a string, got {type(platform_type_0).__name__}"
                    )

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            platform_type_1 = data

            return platform_type_1

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_completion(data: object) -> CourseCompletion | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not data is None:
                    raise TypeError()
                completion_type_0 = data

                return completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            completion_type_1 = CourseCompletion.from_dict(data)

            return completion_type_1

        completion = _parse_completion(d.pop("completion", UNSET))

        time_spent = d.pop("time_spent", UNSET)
        if not isinstance(time_spent, (str, Unset)):
            raise TypeError(f"time_spent: expected a string, got {type(time_spent).__name__}")

        time_spent_secs = d.pop("time_spent_secs", UNSET)
        if (
            not isinstance(time_spent_secs, (int, Unset))
            or time_spent_secs is True
            or time_spent_secs is False
        ):
            raise TypeError(
                f"time_spent_secs: expected an integer, got {type(time_spent_secs).__name__}"
            )

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
