from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_analytics import ContentAnalytics


T = TypeVar("T", bound="ContentItem")


@_attrs_define
class ContentItem:
    """Serializer for individual content items."""

    id: str
    """ Content identifier """
    name: str
    """ Content name """
    slug: str
    """ Content slug """
    platform: None | str
    """ Platform key """
    external: bool
    """ Whether content is external to the platform """
    analytics: ContentAnalytics
    """ Serializer for individual content item analytics. """
    instructor: None | str | Unset = UNSET
    """ Instructor name """
    category: None | str | Unset = UNSET
    """ Content category """
    duration: None | str | Unset = UNSET
    """ Content duration """
    enabled: bool | Unset = UNSET
    """ Whether content is enabled """
    created: None | str | Unset = UNSET
    """ Creation date """
    updated: None | str | Unset = UNSET
    """ Last update date """
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        platform: None | str
        platform = self.platform

        external = self.external

        analytics = self.analytics.to_dict()

        instructor: None | str | Unset
        if isinstance(self.instructor, Unset):
            instructor = UNSET
        else:
            instructor = self.instructor

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        enabled = self.enabled

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        else:
            updated = self.updated

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "platform": platform,
                "external": external,
                "analytics": analytics,
            }
        )
        if instructor is not UNSET:
            field_dict["instructor"] = instructor
        if category is not UNSET:
            field_dict["category"] = category
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_analytics import ContentAnalytics  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise FieldError("id", "a string", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        slug = d.pop("slug")
        if not isinstance(slug, str):
            raise FieldError("slug", "a string", slug)

        def _parse_platform(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("platform", "a string or null", data)

        platform = _parse_platform(d.pop("platform"))

        external = d.pop("external")
        if not isinstance(external, bool):
            raise FieldError("external", "a boolean", external)

        analytics = nested("analytics", ContentAnalytics, d.pop("analytics"))

        def _parse_instructor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("instructor", "a string or null", data)

        instructor = _parse_instructor(d.pop("instructor", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("category", "a string or null", data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("duration", "a string or null", data)

        duration = _parse_duration(d.pop("duration", UNSET))

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise FieldError("enabled", "a boolean", enabled)

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("created", "a string or null", data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_updated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("updated", "a string or null", data)

        updated = _parse_updated(d.pop("updated", UNSET))

        metadata = d.pop("metadata", UNSET)

        content_item = cls(
            id=id,
            name=name,
            slug=slug,
            platform=platform,
            external=external,
            analytics=analytics,
            instructor=instructor,
            category=category,
            duration=duration,
            enabled=enabled,
            created=created,
            updated=updated,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        content_item.additional_properties = additional_properties
        return content_item

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
