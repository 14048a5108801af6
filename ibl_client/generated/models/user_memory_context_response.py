from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserMemoryContextResponse")


@_attrs_define
class UserMemoryContextResponse:
    username: str
    platform_key: str
    extra_data: None | str | Unset = UNSET
    use_reported_skills: bool | Unset = UNSET
    use_desired_skills: bool | Unset = UNSET
    use_credentials: bool | Unset = UNSET
    use_enrolled_courses: bool | Unset = UNSET
    use_time_spent: bool | Unset = UNSET
    use_completed_courses: bool | Unset = UNSET
    use_completed_programs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        platform_key = self.platform_key

        extra_data: None | str | Unset
        if isinstance(self.extra_data, Unset):
            extra_data = UNSET
        else:
            extra_data = self.extra_data

        use_reported_skills = self.use_reported_skills

        use_desired_skills = self.use_desired_skills

        use_credentials = self.use_credentials

        use_enrolled_courses = self.use_enrolled_courses

        use_time_spent = self.use_time_spent

        use_completed_courses = self.use_completed_courses

        use_completed_programs = self.use_completed_programs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "platform_key": platform_key,
            }
        )
        if extra_data is not UNSET:
            field_dict["extra_data"] = extra_data
        if use_reported_skills is not UNSET:
            field_dict["use_reported_skills"] = use_reported_skills
        if use_desired_skills is not UNSET:
            field_dict["use_desired_skills"] = use_desired_skills
        if use_credentials is not UNSET:
            field_dict["use_credentials"] = use_credentials
        if use_enrolled_courses is not UNSET:
            field_dict["use_enrolled_courses"] = use_enrolled_courses
        if use_time_spent is not UNSET:
            field_dict["use_time_spent"] = use_time_spent
        if use_completed_courses is not UNSET:
            field_dict["use_completed_courses"] = use_completed_courses
        if use_completed_programs is not UNSET:
            field_dict["use_completed_programs"] = use_completed_programs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")
        if not isinstance(username, str):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        def _parse_extra_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                extra_data_type_0 = data
                if not isinstance(extra_data_type_0, str):
                    raise TypeError(
                        f"extra_data_type_0: expected a string, got {type(extra_data_type_0).__name__}"
                    )

                return extra_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            extra_data_type_1 = data

            return extra_data_type_1

        extra_data = _parse_extra_data(d.pop("extra_data", UNSET))

        use_reported_skills = d.pop("use_reported_skills", UNSET)
        if not isinstance(use_reported_skills, (bool, Unset)):
            raise TypeError(
                f"use_reported_skills: expected a boolean, got {type(use_reported_skills).__name__}"
            )

        use_desired_skills = d.pop("use_desired_skills", UNSET)
        if not isinstance(use_desired_skills, (bool, Unset)):
            raise TypeError(
                f"use_desired_skills: expected a boolean, got {type(use_desired_skills).__name__}"
            )

        use_credentials = d.pop("use_credentials", UNSET)
        if not isinstance(use_credentials, (bool, Unset)):
            raise TypeError(
                f"use_credentials: expected a boolean, got {type(use_credentials).__name__}"
            )

        use_enrolled_courses = d.pop("use_enrolled_courses", UNSET)
        if not isinstance(use_enrolled_courses, (bool, Unset)):
            raise TypeError(
                f"use_enrolled_courses: expected a boolean, got {type(use_enrolled_courses).__name__}"
            )

        use_time_spent = d.pop("use_time_spent", UNSET)
        if not isinstance(use_time_spent, (bool, Unset)):
            raise TypeError(
                f"use_time_spent: expected a boolean, got {type(use_time_spent).__name__}"
            )

        use_completed_courses = d.pop("use_completed_courses", UNSET)
        if not isinstance(use_completed_courses, (bool, Unset)):
            raise TypeError(
                f"use_completed_courses: expected a boolean, got {type(use_completed_courses).__name__}"
            )

        use_completed_programs = d.pop("use_completed_programs", UNSET)
        if not isinstance(use_completed_programs, (bool, Unset)):
            raise TypeError(
                f"use_completed_programs: expected a boolean, got {type(use_completed_programs).__name__}"
            )

        user_memory_context_response = cls(
            username=username,
            platform_key=platform_key,
            extra_data=extra_data,
            use_reported_skills=use_reported_skills,
            use_desired_skills=use_desired_skills,
            use_credentials=use_credentials,
            use_enrolled_courses=use_enrolled_courses,
            use_time_spent=use_time_spent,
            use_completed_courses=use_completed_courses,
            use_completed_programs=use_completed_programs,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_memory_context_response.additional_properties = additional_properties
        return user_memory_context_response

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
