from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PathwayEnrollmentRequest")


@_attrs_define
class PathwayEnrollmentRequest:
    """Serializer for pathway enrollment request parameters."""

    user_id: str | Unset = UNSET
    """ User ID for enrollment """
    username: str | Unset = UNSET
    """ Username for enrollment """
    pathway_id: str | Unset = UNSET
    """ Pathway ID for enrollment """
    pathway_uuid: str | Unset = UNSET
    """ Pathway UUID for enrollment """
    pathway_key: str | Unset = UNSET
    """ Pathway key for enrollment """
    slug: str | Unset = UNSET
    """ Pathway slug for enrollment """
    org: str | Unset = UNSET
    """ Organization for the pathway """
    platform_key: str | Unset = UNSET
    """ Platform key for the pathway """
    include_default_platform: bool | Unset = UNSET
    """ Include enrollments from default platform """
    include_metadata: bool | Unset = UNSET
    """ Include metadata in the response """
    active: bool | Unset = UNSET
    """ Whether the enrollment should be active """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        pathway_id = self.pathway_id

        pathway_uuid = self.pathway_uuid

        pathway_key = self.pathway_key

        slug = self.slug

        org = self.org

        platform_key = self.platform_key

        include_default_platform = self.include_default_platform

        include_metadata = self.include_metadata

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
        if pathway_uuid is not UNSET:
            field_dict["pathway_uuid"] = pathway_uuid
        if pathway_key is not UNSET:
            field_dict["pathway_key"] = pathway_key
        if slug is not UNSET:
            field_dict["slug"] = slug
        if org is not UNSET:
            field_dict["org"] = org
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if include_default_platform is not UNSET:
            field_dict["include_default_platform"] = include_default_platform
        if include_metadata is not UNSET:
            field_dict["include_metadata"] = include_metadata
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

        pathway_uuid = d.pop("pathway_uuid", UNSET)
        if not isinstance(pathway_uuid, (str, Unset)):
            raise FieldError("pathway_uuid", "a string", pathway_uuid)

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

        include_default_platform = d.pop("include_default_platform", UNSET)
        if not isinstance(include_default_platform, (bool, Unset)):
            raise FieldError("include_default_platform", "a boolean", include_default_platform)

        include_metadata = d.pop("include_metadata", UNSET)
        if not isinstance(include_metadata, (bool, Unset)):
            raise FieldError("include_metadata", "a boolean", include_metadata)

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        pathway_enrollment_request = cls(
            user_id=user_id,
            username=username,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            pathway_key=pathway_key,
            slug=slug,
            org=org,
            platform_key=platform_key,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            active=active,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pathway_enrollment_request.additional_properties = additional_properties
        return pathway_enrollment_request

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
