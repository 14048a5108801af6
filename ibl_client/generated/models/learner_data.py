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
            if not isinstance(_courses, list):
                raise FieldError("courses", "an array", _courses)
            courses = []
            for _courses_index, courses_item_data in enumerate(_courses):
                try:
                    courses_item = nested("courses_item", CourseDetail, courses_item_data)

                except PARSE_ERRORS as _courses_error:
                    raise within(
                        ("courses", _courses_index), _courses_error, "courses_item"
                    ) from _courses_error
                courses.append(courses_item)

        _programs = d.pop("programs", UNSET)
        programs: list[ProgramDetail] | Unset = UNSET
        if _programs is not UNSET:
            if not isinstance(_programs, list):
                raise FieldError("programs", "an array", _programs)
            programs = []
            for _programs_index, programs_item_data in enumerate(_programs):
                try:
                    programs_item = nested("programs_item", ProgramDetail, programs_item_data)

                except PARSE_ERRORS as _programs_error:
                    raise within(
                        ("programs", _programs_index), _programs_error, "programs_item"
                    ) from _programs_error
                programs.append(programs_item)

        _pathways = d.pop("pathways", UNSET)
        pathways: list[PathwayDetail] | Unset = UNSET
        if _pathways is not UNSET:
            if not isinstance(_pathways, list):
                raise FieldError("pathways", "an array", _pathways)
            pathways = []
            for _pathways_index, pathways_item_data in enumerate(_pathways):
                try:
                    pathways_item = nested("pathways_item", PathwayDetail, pathways_item_data)

                except PARSE_ERRORS as _pathways_error:
                    raise within(
                        ("pathways", _pathways_index), _pathways_error, "pathways_item"
                    ) from _pathways_error
                pathways.append(pathways_item)

        _mentors = d.pop("mentors", UNSET)
        mentors: list[MentorDetail] | Unset = UNSET
        if _mentors is not UNSET:
            if not isinstance(_mentors, list):
                raise FieldError("mentors", "an array", _mentors)
            mentors = []
            for _mentors_index, mentors_item_data in enumerate(_mentors):
                try:
                    mentors_item = nested("mentors_item", MentorDetail, mentors_item_data)

                except PARSE_ERRORS as _mentors_error:
                    raise within(
                        ("mentors", _mentors_index), _mentors_error, "mentors_item"
                    ) from _mentors_error
                mentors.append(mentors_item)

        _skills = d.pop("skills", UNSET)
        skills: SkillsDetail | Unset
        if isinstance(_skills, Unset):
            skills = UNSET
        else:
            skills = nested("skills", SkillsDetail, _skills)

        _credentials = d.pop("credentials", UNSET)
        credentials: list[Credential] | Unset = UNSET
        if _credentials is not UNSET:
            if not isinstance(_credentials, list):
                raise FieldError("credentials", "an array", _credentials)
            credentials = []
            for _credentials_index, credentials_item_data in enumerate(_credentials):
                try:
                    credentials_item = nested("credentials_item", Credential, credentials_item_data)

                except PARSE_ERRORS as _credentials_error:
                    raise within(
                        ("credentials", _credentials_index), _credentials_error, "credentials_item"
                    ) from _credentials_error
                credentials.append(credentials_item)

        _time_spent = d.pop("time_spent", UNSET)
        time_spent: TimeSpentDetail | Unset
        if isinstance(_time_spent, Unset):
            time_spent = UNSET
        else:
            time_spent = nested("time_spent", TimeSpentDetail, _time_spent)

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
