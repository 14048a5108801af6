from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)

if TYPE_CHECKING:
    from ..models.top_content import TopContent


T = TypeVar("T", bound="LearnerMetrics")


@_attrs_define
class LearnerMetrics:
    """Serializer for learner metrics from UserPlatformSummary."""

    enrollments: int
    """ Total enrollments """
    programs: int
    """ Total programs """
    pathways: int
    """ Total pathways """
    resources: int
    """ Total resources """
    reported_skills: int
    """ Reported skills count """
    desired_skills: int
    """ Desired skills count """
    assigned_skills: int
    """ Assigned skills count """
    total_skills: int
    """ Total skills count """
    credentials: int
    """ Credentials earned """
    points: float
    """ Total points """
    total_time_spent_seconds: int
    """ Total time spent in seconds """
    top_content: TopContent
    """ Serializer for top content information. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enrollments = self.enrollments

        programs = self.programs

        pathways = self.pathways

        resources = self.resources

        reported_skills = self.reported_skills

        desired_skills = self.desired_skills

        assigned_skills = self.assigned_skills

        total_skills = self.total_skills

        credentials = self.credentials

        points = self.points

        total_time_spent_seconds = self.total_time_spent_seconds

        top_content = self.top_content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enrollments": enrollments,
                "programs": programs,
                "pathways": pathways,
                "resources": resources,
                "reported_skills": reported_skills,
                "desired_skills": desired_skills,
                "assigned_skills": assigned_skills,
                "total_skills": total_skills,
                "credentials": credentials,
                "points": points,
                "total_time_spent_seconds": total_time_spent_seconds,
                "top_content": top_content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.top_content import TopContent  # noqa: PLC0415

        d = dict(src_dict)
        enrollments = d.pop("enrollments")
        if not isinstance(enrollments, int) or enrollments is True or enrollments is False:
            raise FieldError("enrollments", "an integer", enrollments)

        programs = d.pop("programs")
        if not isinstance(programs, int) or programs is True or programs is False:
            raise FieldError("programs", "an integer", programs)

        pathways = d.pop("pathways")
        if not isinstance(pathways, int) or pathways is True or pathways is False:
            raise FieldError("pathways", "an integer", pathways)

        resources = d.pop("resources")
        if not isinstance(resources, int) or resources is True or resources is False:
            raise FieldError("resources", "an integer", resources)

        reported_skills = d.pop("reported_skills")
        if (
            not isinstance(reported_skills, int)
            or reported_skills is True
            or reported_skills is False
        ):
            raise FieldError("reported_skills", "an integer", reported_skills)

        desired_skills = d.pop("desired_skills")
        if not isinstance(desired_skills, int) or desired_skills is True or desired_skills is False:
            raise FieldError("desired_skills", "an integer", desired_skills)

        assigned_skills = d.pop("assigned_skills")
        if (
            not isinstance(assigned_skills, int)
            or assigned_skills is True
            or assigned_skills is False
        ):
            raise FieldError("assigned_skills", "an integer", assigned_skills)

        total_skills = d.pop("total_skills")
        if not isinstance(total_skills, int) or total_skills is True or total_skills is False:
            raise FieldError("total_skills", "an integer", total_skills)

        credentials = d.pop("credentials")
        if not isinstance(credentials, int) or credentials is True or credentials is False:
            raise FieldError("credentials", "an integer", credentials)

        points = d.pop("points")
        if not isinstance(points, (int, float)) or points is True or points is False:
            raise FieldError("points", "a number", points)

        total_time_spent_seconds = d.pop("total_time_spent_seconds")
        if (
            not isinstance(total_time_spent_seconds, int)
            or total_time_spent_seconds is True
            or total_time_spent_seconds is False
        ):
            raise FieldError("total_time_spent_seconds", "an integer", total_time_spent_seconds)

        top_content = nested("top_content", TopContent, d.pop("top_content"))

        learner_metrics = cls(
            enrollments=enrollments,
            programs=programs,
            pathways=pathways,
            resources=resources,
            reported_skills=reported_skills,
            desired_skills=desired_skills,
            assigned_skills=assigned_skills,
            total_skills=total_skills,
            credentials=credentials,
            points=points,
            total_time_spent_seconds=total_time_spent_seconds,
            top_content=top_content,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        learner_metrics.additional_properties = additional_properties
        return learner_metrics

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
