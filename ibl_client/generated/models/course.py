from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Course")


@_attrs_define
class Course:
    course_id: str
    """ The edX course ID string for the course. """
    name: str
    """ The display name of the course. (Should match edX) """
    slug: None | str
    """ An additional unique slug field. (Optional) """
    org: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        name = self.name

        slug: None | str
        slug = self.slug

        org = self.org

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "name": name,
                "slug": slug,
            }
        )
        if org is not UNSET:
            field_dict["org"] = org

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise TypeError(f"course_id: expected a string, got {type(course_id).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        def _parse_slug(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                slug_type_0 = data
                if not isinstance(slug_type_0, str):
                    raise TypeError(
                        f"slug_type_0: expected a string, got {type(slug_type_0).__name__}"
                    )

                return slug_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            slug_type_1 = data

            return slug_type_1

        slug = _parse_slug(d.pop("slug"))

        org = d.pop("org", UNSET)
        if not isinstance(org, (str, Unset)):
            raise TypeError(f"org: expected a string, got {type(org).__name__}")

        course = cls(
            course_id=course_id,
            name=name,
            slug=slug,
            org=org,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course.additional_properties = additional_properties
        return course

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
