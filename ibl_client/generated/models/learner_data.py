from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_detail import CourseDetail
    from ..models.credential import Credential
    from ..models.mentor_detail import MentorDetail
    from ..models.pathway_detail import PathwayDetail
    from ..models.program_detail import ProgramDetail
    from ..models.skills_detail import SkillsDetail
    from ..models.time_spent_detail import TimeSpentDetail


T = TypeVar("T", bound="LearnerData")


@_attrs_define
class LearnerData:
    courses: list[CourseDetail] | Unset = UNSET
    programs: list[ProgramDetail] | Unset = UNSET
    pathways: list[PathwayDetail] | Unset = UNSET
    mentors: list[MentorDetail] | Unset = UNSET
    skills: SkillsDetail | Unset = UNSET
    credentials: list[Credential] | Unset = UNSET
    time_spent: TimeSpentDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        courses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.courses, Unset):
            courses = []
            for courses_item_data in self.courses:
                courses_item = courses_item_data.to_dict()
                courses.append(courses_item)

        programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = []
            for programs_item_data in self.programs:
                programs_item = programs_item_data.to_dict()
                programs.append(programs_item)

        pathways: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pathways, Unset):
            pathways = []
            for pathways_item_data in self.pathways:
                pathways_item = pathways_item_data.to_dict()
                pathways.append(pathways_item)

        mentors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mentors, Unset):
            mentors = []
            for mentors_item_data in self.mentors:
                mentors_item = mentors_item_data.to_dict()
                mentors.append(mentors_item)

        skills: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills.to_dict()

        credentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = []
            for credentials_item_data in self.credentials:
                credentials_item = credentials_item_data.to_dict()
                credentials.append(credentials_item)

        time_spent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_spent, Unset):
            time_spent = self.time_spent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if courses is not UNSET:
            field_dict["courses"] = courses
        if programs is not UNSET:
            field_dict["programs"] = programs
        if pathways is not UNSET:
            field_dict["pathways"] = pathways
        if mentors is not UNSET:
            field_dict["mentors"] = mentors
        if skills is not UNSET:
            field_dict["skills"] = skills
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if time_spent is not UNSET:
            field_dict["time_spent"] = time_spent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_detail import CourseDetail  # noqa: PLC0415
        from ..models.credential import Credential  # noqa: PLC0415
        from ..models.mentor_detail import MentorDetail  # noqa: PLC0415
        from ..models.pathway_detail import PathwayDetail  # noqa: PLC0415
        from ..models.program_detail import ProgramDetail  # noqa: PLC0415
        from ..models.skills_detail import SkillsDetail  # noqa: PLC0415
        from ..models.time_spent_detail import TimeSpentDetail  # noqa: PLC0415

        d = dict(src_dict)
        _courses = d.pop("courses", UNSET)
        courses: list[CourseDetail] | Unset = UNSET
        if _courses is not UNSET:
            courses = []
            for courses_item_data in _courses:
                courses_item = CourseDetail.from_dict(courses_item_data)

                courses.append(courses_item)

        _programs = d.pop("programs", UNSET)
        programs: list[ProgramDetail] | Unset = UNSET
        if _programs is not UNSET:
            programs = []
            for programs_item_data in _programs:
                programs_item = ProgramDetail.from_dict(programs_item_data)

                programs.append(programs_item)

        _pathways = d.pop("pathways", UNSET)
        pathways: list[PathwayDetail] | Unset = UNSET
        if _pathways is not UNSET:
            pathways = []
            for pathways_item_data in _pathways:
                pathways_item = PathwayDetail.from_dict(pathways_item_data)

                pathways.append(pathways_item)

        _mentors = d.pop("mentors", UNSET)
        mentors: list[MentorDetail] | Unset = UNSET
        if _mentors is not UNSET:
            mentors = []
            for mentors_item_data in _mentors:
                mentors_item = MentorDetail.from_dict(mentors_item_data)

                mentors.append(mentors_item)

        _skills = d.pop("skills", UNSET)
        skills: SkillsDetail | Unset
        if isinstance(_skills, Unset):
            skills = UNSET
        else:
            skills = SkillsDetail.from_dict(_skills)

        _credentials = d.pop("credentials", UNSET)
        credentials: list[Credential] | Unset = UNSET
        if _credentials is not UNSET:
            credentials = []
            for credentials_item_data in _credentials:
                credentials_item = Credential.from_dict(credentials_item_data)

                credentials.append(credentials_item)

        _time_spent = d.pop("time_spent", UNSET)
        time_spent: TimeSpentDetail | Unset
        if isinstance(_time_spent, Unset):
            time_spent = UNSET
        else:
            time_spent = TimeSpentDetail.from_dict(_time_spent)

        learner_data = cls(
            courses=courses,
            programs=programs,
            pathways=pathways,
            mentors=mentors,
            skills=skills,
            credentials=credentials,
            time_spent=time_spent,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        learner_data.additional_properties = additional_properties
        return learner_data

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
