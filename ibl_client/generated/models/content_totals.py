from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentTotals")


@_attrs_define
class ContentTotals:
    """Serializer for content summary totals."""

    total_learners: int
    """ Total number of learners """
    total_enrollments: int
    """ Total number of enrollments """
    total_time_spent: int | Unset = UNSET
    """ Total time spent in seconds (courses only) """
    courses: int | Unset = UNSET
    """ Total number of courses """
    active_courses: int | Unset = UNSET
    """ Number of active courses """
    platform_courses: int | Unset = UNSET
    """ Number of platform-owned courses """
    external_courses: int | Unset = UNSET
    """ Number of external courses """
    programs: int | Unset = UNSET
    """ Total number of programs """
    active_programs: int | Unset = UNSET
    """ Number of active programs """
    platform_programs: int | Unset = UNSET
    """ Number of platform-owned programs """
    external_programs: int | Unset = UNSET
    """ Number of external programs """
    pathways: int | Unset = UNSET
    """ Total number of pathways """
    active_pathways: int | Unset = UNSET
    """ Number of active pathways """
    platform_pathways: int | Unset = UNSET
    """ Number of platform-owned pathways """
    external_pathways: int | Unset = UNSET
    """ Number of external pathways """
    skills: int | Unset = UNSET
    """ Total number of skills """
    active_skills: int | Unset = UNSET
    """ Number of active skills """
    platform_skills: int | Unset = UNSET
    """ Number of platform-owned skills """
    external_skills: int | Unset = UNSET
    """ Number of external skills """
    associated_courses: int | Unset = UNSET
    """ Number of courses associated with skills """
    learners_with_skills: int | Unset = UNSET
    """ Number of learners with skills """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_learners = self.total_learners

        total_enrollments = self.total_enrollments

        total_time_spent = self.total_time_spent

        courses = self.courses

        active_courses = self.active_courses

        platform_courses = self.platform_courses

        external_courses = self.external_courses

        programs = self.programs

        active_programs = self.active_programs

        platform_programs = self.platform_programs

        external_programs = self.external_programs

        pathways = self.pathways

        active_pathways = self.active_pathways

        platform_pathways = self.platform_pathways

        external_pathways = self.external_pathways

        skills = self.skills

        active_skills = self.active_skills

        platform_skills = self.platform_skills

        external_skills = self.external_skills

        associated_courses = self.associated_courses

        learners_with_skills = self.learners_with_skills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_learners": total_learners,
                "total_enrollments": total_enrollments,
            }
        )
        if total_time_spent is not UNSET:
            field_dict["total_time_spent"] = total_time_spent
        if courses is not UNSET:
            field_dict["courses"] = courses
        if active_courses is not UNSET:
            field_dict["active_courses"] = active_courses
        if platform_courses is not UNSET:
            field_dict["platform_courses"] = platform_courses
        if external_courses is not UNSET:
            field_dict["external_courses"] = external_courses
        if programs is not UNSET:
            field_dict["programs"] = programs
        if active_programs is not UNSET:
            field_dict["active_programs"] = active_programs
        if platform_programs is not UNSET:
            field_dict["platform_programs"] = platform_programs
        if external_programs is not UNSET:
            field_dict["external_programs"] = external_programs
        if pathways is not UNSET:
            field_dict["pathways"] = pathways
        if active_pathways is not UNSET:
            field_dict["active_pathways"] = active_pathways
        if platform_pathways is not UNSET:
            field_dict["platform_pathways"] = platform_pathways
        if external_pathways is not UNSET:
            field_dict["external_pathways"] = external_pathways
        if skills is not UNSET:
            field_dict["skills"] = skills
        if active_skills is not UNSET:
            field_dict["active_skills"] = active_skills
        if platform_skills is not UNSET:
            field_dict["platform_skills"] = platform_skills
        if external_skills is not UNSET:
            field_dict["external_skills"] = external_skills
        if associated_courses is not UNSET:
            field_dict["associated_courses"] = associated_courses
        if learners_with_skills is not UNSET:
            field_dict["learners_with_skills"] = learners_with_skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_learners = d.pop("total_learners")
        if not isinstance(total_learners, int) or total_learners is True or total_learners is False:
            raise FieldError("total_learners", "an integer", total_learners)

        total_enrollments = d.pop("total_enrollments")
        if (
            not isinstance(total_enrollments, int)
            or total_enrollments is True
            or total_enrollments is False
        ):
            raise FieldError("total_enrollments", "an integer", total_enrollments)

        total_time_spent = d.pop("total_time_spent", UNSET)
        if (
            not isinstance(total_time_spent, (int, Unset))
            or total_time_spent is True
            or total_time_spent is False
        ):
            raise FieldError("total_time_spent", "an integer", total_time_spent)

        courses = d.pop("courses", UNSET)
        if not isinstance(courses, (int, Unset)) or courses is True or courses is False:
            raise FieldError("courses", "an integer", courses)

        active_courses = d.pop("active_courses", UNSET)
        if (
            not isinstance(active_courses, (int, Unset))
            or active_courses is True
            or active_courses is False
        ):
            raise FieldError("active_courses", "an integer", active_courses)

        platform_courses = d.pop("platform_courses", UNSET)
        if (
            not isinstance(platform_courses, (int, Unset))
            or platform_courses is True
            or platform_courses is False
        ):
            raise FieldError("platform_courses", "an integer", platform_courses)

        external_courses = d.pop("external_courses", UNSET)
        if (
            not isinstance(external_courses, (int, Unset))
            or external_courses is True
            or external_courses is False
        ):
            raise FieldError("external_courses", "an integer", external_courses)

        programs = d.pop("programs", UNSET)
        if not isinstance(programs, (int, Unset)) or programs is True or programs is False:
            raise FieldError("programs", "an integer", programs)

        active_programs = d.pop("active_programs", UNSET)
        if (
            not isinstance(active_programs, (int, Unset))
            or active_programs is True
            or active_programs is False
        ):
            raise FieldError("active_programs", "an integer", active_programs)

        platform_programs = d.pop("platform_programs", UNSET)
        if (
            not isinstance(platform_programs, (int, Unset))
            or platform_programs is True
            or platform_programs is False
        ):
            raise FieldError("platform_programs", "an integer", platform_programs)

        external_programs = d.pop("external_programs", UNSET)
        if (
            not isinstance(external_programs, (int, Unset))
            or external_programs is True
            or external_programs is False
        ):
            raise FieldError("external_programs", "an integer", external_programs)

        pathways = d.pop("pathways", UNSET)
        if not isinstance(pathways, (int, Unset)) or pathways is True or pathways is False:
            raise FieldError("pathways", "an integer", pathways)

        active_pathways = d.pop("active_pathways", UNSET)
        if (
            not isinstance(active_pathways, (int, Unset))
            or active_pathways is True
            or active_pathways is False
        ):
            raise FieldError("active_pathways", "an integer", active_pathways)

        platform_pathways = d.pop("platform_pathways", UNSET)
        if (
            not isinstance(platform_pathways, (int, Unset))
            or platform_pathways is True
            or platform_pathways is False
        ):
            raise FieldError("platform_pathways", "an integer", platform_pathways)

        external_pathways = d.pop("external_pathways", UNSET)
        if (
            not isinstance(external_pathways, (int, Unset))
            or external_pathways is True
            or external_pathways is False
        ):
            raise FieldError("external_pathways", "an integer", external_pathways)

        skills = d.pop("skills", UNSET)
        if not isinstance(skills, (int, Unset)) or skills is True or skills is False:
            raise FieldError("skills", "an integer", skills)

        active_skills = d.pop("active_skills", UNSET)
        if (
            not isinstance(active_skills, (int, Unset))
            or active_skills is True
            or active_skills is False
        ):
            raise FieldError("active_skills", "an integer", active_skills)

        platform_skills = d.pop("platform_skills", UNSET)
        if (
            not isinstance(platform_skills, (int, Unset))
            or platform_skills is True
            or platform_skills is False
        ):
            raise FieldError("platform_skills", "an integer", platform_skills)

        external_skills = d.pop("external_skills", UNSET)
        if (
            not isinstance(external_skills, (int, Unset))
            or external_skills is True
            or external_skills is False
        ):
            raise FieldError("external_skills", "an integer", external_skills)

        associated_courses = d.pop("associated_courses", UNSET)
        if (
            not isinstance(associated_courses, (int, Unset))
            or associated_courses is True
            or associated_courses is False
        ):
            raise FieldError("associated_courses", "an integer", associated_courses)

        learners_with_skills = d.pop("learners_with_skills", UNSET)
        if (
            not isinstance(learners_with_skills, (int, Unset))
            or learners_with_skills is True
            or learners_with_skills is False
        ):
            raise FieldError("learners_with_skills", "an integer", learners_with_skills)

        content_totals = cls(
            total_learners=total_learners,
            total_enrollments=total_enrollments,
            total_time_spent=total_time_spent,
            courses=courses,
            active_courses=active_courses,
            platform_courses=platform_courses,
            external_courses=external_courses,
            programs=programs,
            active_programs=active_programs,
            platform_programs=platform_programs,
            external_programs=external_programs,
            pathways=pathways,
            active_pathways=active_pathways,
            platform_pathways=platform_pathways,
            external_pathways=external_pathways,
            skills=skills,
            active_skills=active_skills,
            platform_skills=platform_skills,
            external_skills=external_skills,
            associated_courses=associated_courses,
            learners_with_skills=learners_with_skills,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        content_totals.additional_properties = additional_properties
        return content_totals

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
