from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PathwayEnrollmentPlus")


@_attrs_define
class PathwayEnrollmentPlus:
    """Includes metadata+"""

    ended: datetime.datetime | None
    """ Date when enrollment ended/deactivated """
    user_id: int | Unset = UNSET
    username: str | Unset = UNSET
    pathway_id: str | Unset = UNSET
    pathway_uuid: str | Unset = UNSET
    platform_key: str | Unset = UNSET
    org: str | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    """ Date when enrollment began/activated """
    active: bool | Unset = UNSET
    """ Whether the enrollment is active """
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ended: None | str
        if isinstance(self.ended, datetime.datetime):
            ended = self.ended.isoformat()
        else:
            ended = self.ended

        user_id = self.user_id

        username = self.username

        pathway_id = self.pathway_id

        pathway_uuid = self.pathway_uuid

        platform_key = self.platform_key

        org = self.org

        name = self.name

        slug = self.slug

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        active = self.active

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ended": ended,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if pathway_id is not UNSET:
            field_dict["pathway_id"] = pathway_id
        if pathway_uuid is not UNSET:
            field_dict["pathway_uuid"] = pathway_uuid
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if org is not UNSET:
            field_dict["org"] = org
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if created is not UNSET:
            field_dict["created"] = created
        if active is not UNSET:
            field_dict["active"] = active
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_ended(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    ended_type_0 = parse_datetime("ended_type_0", data)

                    return ended_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("ended", member_error, "ended_type_0"))
            if error is not None:
                raise error
            raise FieldError("ended", "a date-time string or null", data)

        ended = _parse_ended(d.pop("ended"))

        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, (int, Unset)) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        pathway_id = d.pop("pathway_id", UNSET)
        if not isinstance(pathway_id, (str, Unset)):
            raise FieldError("pathway_id", "a string", pathway_id)

        pathway_uuid = d.pop("pathway_uuid", UNSET)
        if not isinstance(pathway_uuid, (str, Unset)):
            raise FieldError("pathway_uuid", "a string", pathway_uuid)

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        org = d.pop("org", UNSET)
        if not isinstance(org, (str, Unset)):
            raise FieldError("org", "a string", org)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        slug = d.pop("slug", UNSET)
        if not isinstance(slug, (str, Unset)):
            raise FieldError("slug", "a string", slug)

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    created_type_0 = parse_datetime("created_type_0", data)

                    return created_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("created", member_error, "created_type_0"))
            if error is not None:
                raise error
            raise FieldError("created", "a date-time string or null", data)

        created = _parse_created(d.pop("created", UNSET))

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        metadata = d.pop("metadata", UNSET)

        pathway_enrollment_plus = cls(
            ended=ended,
            user_id=user_id,
            username=username,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            org=org,
            name=name,
            slug=slug,
            created=created,
            active=active,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pathway_enrollment_plus.additional_properties = additional_properties
        return pathway_enrollment_plus

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
