from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.top_content import TopContent


T = TypeVar("T", bound="PlatformSummary")


@_attrs_define
class PlatformSummary:
    """Serializer for platform summary data (cross-platform view)."""

    enrollments: int
    programs: int
    pathways: int
    resources: int
    reported_skills: int
    desired_skills: int
    assigned_skills: int
    total_skills: int
    credentials: int
    points: float
    first_activity: datetime.datetime | None
    last_activity: datetime.datetime | None
    total_time_spent_seconds: int
    """ Total time spent """
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

        first_activity: None | str
        if isinstance(self.first_activity, datetime.datetime):
            first_activity = self.first_activity.isoformat()
        else:
            first_activity = self.first_activity

        last_activity: None | str
        if isinstance(self.last_activity, datetime.datetime):
            last_activity = self.last_activity.isoformat()
        else:
            last_activity = self.last_activity

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
                "first_activity": first_activity,
                "last_activity": last_activity,
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
            raise TypeError(f"enrollments: expected an integer, got {type(enrollments).__name__}")

        programs = d.pop("programs")
        if not isinstance(programs, int) or programs is True or programs is False:
            raise TypeError(f"programs: expected an integer, got {type(programs).__name__}")

        pathways = d.pop("pathways")
        if not isinstance(pathways, int) or pathways is True or pathways is False:
            raise TypeError(f"pathways: expected an integer, got {type(pathways).__name__}")

        resources = d.pop("resources")
        if not isinstance(resources, int) or resources is True or resources is False:
            raise TypeError(f"resources: expected an integer, got {type(resources).__name__}")

        reported_skills = d.pop("reported_skills")
        if (
            not isinstance(reported_skills, int)
            or reported_skills is True
            or reported_skills is False
        ):
            raise TypeError(
                f"reported_skills: expected an integer, got {type(reported_skills).__name__}"
            )

        desired_skills = d.pop("desired_skills")
        if not isinstance(desired_skills, int) or desired_skills is True or desired_skills is False:
            raise TypeError(
                f"desired_skills: expected an integer, got {type(desired_skills).__name__}"
            )

        assigned_skills = d.pop("assigned_skills")
        if (
            not isinstance(assigned_skills, int)
            or assigned_skills is True
            or assigned_skills is False
        ):
            raise TypeError(
                f"assigned_skills: expected an integer, got {type(assigned_skills).__name__}"
            )

        total_skills = d.pop("total_skills")
        if not isinstance(total_skills, int) or total_skills is True or total_skills is False:
            raise TypeError(f"total_skills: expected an integer, got {type(total_skills).__name__}")

        credentials = d.pop("credentials")
        if not isinstance(credentials, int) or credentials is True or credentials is False:
            raise TypeError(f"credentials: expected an integer, got {type(credentials).__name__}")

        points = d.pop("points")
        if not isinstance(points, (int, float)) or points is True or points is False:
            raise TypeError(f"points: expected a number, got {type(points).__name__}")

        def _parse_first_activity(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_activity_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00").replace("z", "+00:00")
                )

                return first_activity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            first_activity_type_1 = data

            return first_activity_type_1

        first_activity = _parse_first_activity(d.pop("first_activity"))

        def _parse_last_activity(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_activity_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00").replace("z", "+00:00")
                )

                return last_activity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            last_activity_type_1 = data

            return last_activity_type_1

        last_activity = _parse_last_activity(d.pop("last_activity"))

        total_time_spent_seconds = d.pop("total_time_spent_seconds")
        if (
            not isinstance(total_time_spent_seconds, int)
            or total_time_spent_seconds is True
            or total_time_spent_seconds is False
        ):
            raise TypeError(
                f"total_time_spent_seconds: expected an integer, got {type(total_time_spent_seconds).__name__}"
            )

        top_content = TopContent.from_dict(d.pop("top_content"))

        platform_summary = cls(
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
            first_activity=first_activity,
            last_activity=last_activity,
            total_time_spent_seconds=total_time_spent_seconds,
            top_content=top_content,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform_summary.additional_properties = additional_properties
        return platform_summary

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
