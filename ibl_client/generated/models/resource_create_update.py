from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceCreateUpdate")


@_attrs_define
class ResourceCreateUpdate:
    resource_type: str
    """ Type of resource (e.g., video, document) """
    url: str
    """ URL of the resource """
    name: str
    """ Name of the resource """
    id: int | Unset = UNSET
    """ Resource ID for updates """
    user_id: int | Unset = UNSET
    """ User ID of the resource owner """
    username: str | Unset = UNSET
    """ Username of the resource owner """
    description: str | Unset = UNSET
    """ Description of the resource """
    skills: list[str] | Unset = UNSET
    """ List of skill names associated with the resource """
    image: str | Unset = UNSET
    """ Image file """
    data: Any | Unset = UNSET
    """ Additional metadata for the resource """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type

        url = self.url

        name = self.name

        id = self.id

        user_id = self.user_id

        username = self.username

        description = self.description

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        image = self.image

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_type": resource_type,
                "url": url,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if description is not UNSET:
            field_dict["description"] = description
        if skills is not UNSET:
            field_dict["skills"] = skills
        if image is not UNSET:
            field_dict["image"] = image
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_type = d.pop("resource_type")
        if not isinstance(resource_type, str):
            raise FieldError("resource_type", "a string", resource_type)

        url = d.pop("url")
        if not isinstance(url, str):
            raise FieldError("url", "a string", url)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, (int, Unset)) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        _skills = d.pop("skills", UNSET)
        skills: list[str] | Unset = UNSET
        if _skills is not UNSET:
            if not isinstance(_skills, list):
                raise FieldError("skills", "an array", _skills)
            skills = []
            for _skills_index, skills_item_data in enumerate(_skills):
                try:
                    skills_item = skills_item_data
                    if not isinstance(skills_item, str):
                        raise FieldError("skills_item", "a string", skills_item)

                except PARSE_ERRORS as _skills_error:
                    raise within(
                        ("skills", _skills_index), _skills_error, "skills_item"
                    ) from _skills_error
                skills.append(skills_item)

        image = d.pop("image", UNSET)
        if not isinstance(image, (str, Unset)):
            raise FieldError("image", "a string", image)

        data = d.pop("data", UNSET)

        resource_create_update = cls(
            resource_type=resource_type,
            url=url,
            name=name,
            id=id,
            user_id=user_id,
            username=username,
            description=description,
            skills=skills,
            image=image,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        resource_create_update.additional_properties = additional_properties
        return resource_create_update

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
