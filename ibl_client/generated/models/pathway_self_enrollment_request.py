from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PathwaySelfEnrollmentRequest")


@_attrs_define
class PathwaySelfEnrollmentRequest:
    """Serializer for pathway self-enrollment request parameters."""

    user_id: str | Unset = UNSET
    """ User ID for self-enrollment """
    username: str | Unset = UNSET
    """ Username for self-enrollment """
    pathway_id: str | Unset = UNSET
    """ Pathway ID for self-enrollment """
    pathway_key: str | Unset = UNSET
    """ Pathway key for self-enrollment """
    slug: str | Unset = UNSET
    """ Pathway slug for self-enrollment """
    org: str | Unset = UNSET
    """ Organization for the pathway """
    platform_key: str | Unset = UNSET
    """ Platform key for the pathway """
    active: bool | Unset = UNSET
    """ Whether the enrollment should be active """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        pathway_id = self.pathway_id

        pathway_key = self.pathway_key

        slug = self.slug

        org = self.org

        platform_key = self.platform_key

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if pathway_id is not UNSET:
            field_dict["pathway_id"] = pathway_id
        if pathway_key is not UNSET:
            field_dict["pathway_key"] = pathway_key
        if slug is not UNSET:
            field_dict["slug"] = slug
        if org is not UNSET:
            field_dict["org"] = org
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, (str, Unset)):
            raise FieldError("user_id", "a string", user_id)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        pathway_id = d.pop("pathway_id", UNSET)
        if not isinstance(pathway_id, (str, Unset)):
            raise FieldError("pathway_id", "a string", pathway_id)

        pathway_key = d.pop("pathway_key", UNSET)
        if not isinstance(pathway_key, (str, Unset)):
            raise FieldError("pathway_key", "a string", pathway_key)

        slug = d.pop("slug", UNSET)
        if not isinstance(slug, (str, Unset)):
            raise FieldError("slug", "a string", slug)

        org = d.pop("org", UNSET)
        if not isinstance(org, (str, Unset)):
            raise FieldError("org", "a string", org)

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        pathway_self_enrollment_request = cls(
            user_id=user_id,
            username=username,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            slug=slug,
            org=org,
            platform_key=platform_key,
            active=active,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pathway_self_enrollment_request.additional_properties = additional_properties
        return pathway_self_enrollment_request

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
