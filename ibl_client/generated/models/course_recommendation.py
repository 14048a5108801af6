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
    from ..models.course_recommendation_edx_data_type_0 import CourseRecommendationEdxDataType0


T = TypeVar("T", bound="CourseRecommendation")


@_attrs_define
class CourseRecommendation:
    """Individual course recommendation with reasoning."""

    course_id: str
    """ The ID of the recommended course """
    course_title: str
    """ The title of the recommended course """
    reason: str
    """ AI-generated explanation for why this course is recommended """
    domain: None | str | Unset = UNSET
    """ Course domain/subject area """
    difficulty_level: None | str | Unset = UNSET
    """ Course difficulty level """
    estimated_hours: float | None | Unset = UNSET
    """ Estimated hours to complete """
    confidence_score: float | None | Unset = UNSET
    """ AI confidence in this recommendation (0-1) """
    platform_key: None | str | Unset = UNSET
    """ Platform/tenant key this course belongs to (extracted from course_id or metadata) """
    description: None | str | Unset = UNSET
    """ Course description (priority: description > short_description > overview with HTML stripped) """
    short_description: None | str | Unset = UNSET
    """ Course short description from edx_data """
    edx_data: CourseRecommendationEdxDataType0 | None | Unset = UNSET
    """ Full edx_data from CourseInfo model (includes all edX metadata) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course_recommendation_edx_data_type_0 import CourseRecommendationEdxDataType0  # noqa: PLC0415

        course_id = self.course_id

        course_title = self.course_title

        reason = self.reason

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        difficulty_level: None | str | Unset
        if isinstance(self.difficulty_level, Unset):
            difficulty_level = UNSET
        else:
            difficulty_level = self.difficulty_level

        estimated_hours: float | None | Unset
        if isinstance(self.estimated_hours, Unset):
            estimated_hours = UNSET
        else:
            estimated_hours = self.estimated_hours

        confidence_score: float | None | Unset
        if isinstance(self.confidence_score, Unset):
            confidence_score = UNSET
        else:
            confidence_score = self.confidence_score

        platform_key: None | str | Unset
        if isinstance(self.platform_key, Unset):
            platform_key = UNSET
        else:
            platform_key = self.platform_key

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        short_description: None | str | Unset
        if isinstance(self.short_description, Unset):
            short_description = UNSET
        else:
            short_description = self.short_description

        edx_data: dict[str, Any] | None | Unset
        if isinstance(self.edx_data, Unset):
            edx_data = UNSET
        elif isinstance(self.edx_data, CourseRecommendationEdxDataType0):
            edx_data = self.edx_data.to_dict()
        else:
            edx_data = self.edx_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "course_title": course_title,
                "reason": reason,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain
        if difficulty_level is not UNSET:
            field_dict["difficulty_level"] = difficulty_level
        if estimated_hours is not UNSET:
            field_dict["estimated_hours"] = estimated_hours
        if confidence_score is not UNSET:
            field_dict["confidence_score"] = confidence_score
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if description is not UNSET:
            field_dict["description"] = description
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if edx_data is not UNSET:
            field_dict["edx_data"] = edx_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_recommendation_edx_data_type_0 import CourseRecommendationEdxDataType0  # noqa: PLC0415

        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        course_title = d.pop("course_title")
        if not isinstance(course_title, str):
            raise FieldError("course_title", "a string", course_title)

        reason = d.pop("reason")
        if not isinstance(reason, str):
            raise FieldError("reason", "a string", reason)

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("domain", "a string or null", data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_difficulty_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("difficulty_level", "a string or null", data)

        difficulty_level = _parse_difficulty_level(d.pop("difficulty_level", UNSET))

        def _parse_estimated_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("estimated_hours", "a number or null", data)

        estimated_hours = _parse_estimated_hours(d.pop("estimated_hours", UNSET))

        def _parse_confidence_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("confidence_score", "a number or null", data)

        confidence_score = _parse_confidence_score(d.pop("confidence_score", UNSET))

        def _parse_platform_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("platform_key", "a string or null", data)

        platform_key = _parse_platform_key(d.pop("platform_key", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_short_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("short_description", "a string or null", data)

        short_description = _parse_short_description(d.pop("short_description", UNSET))

        def _parse_edx_data(data: object) -> CourseRecommendationEdxDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, dict):
                try:
                    edx_data_type_0 = nested(
                        "edx_data_type_0", CourseRecommendationEdxDataType0, data
                    )

                    return edx_data_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("edx_data", member_error, "edx_data_type_0"))
            if error is not None:
                raise error
            raise FieldError(
                "edx_data", "an object (CourseRecommendationEdxDataType0) or null", data
            )

        edx_data = _parse_edx_data(d.pop("edx_data", UNSET))

        course_recommendation = cls(
            course_id=course_id,
            course_title=course_title,
            reason=reason,
            domain=domain,
            difficulty_level=difficulty_level,
            estimated_hours=estimated_hours,
            confidence_score=confidence_score,
            platform_key=platform_key,
            description=description,
            short_description=short_description,
            edx_data=edx_data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_recommendation.additional_properties = additional_properties
        return course_recommendation

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
