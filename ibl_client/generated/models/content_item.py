from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        slug = d.pop("slug")
        if not isinstance(slug, str):
            raise TypeError(f"slug: expected a string, got {type(slug).__name__}")

        def _parse_platform(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_type_0 = data
                if not isinstance(platform_type_0, str):
                    raise TypeError(
                        f"platform_type_0: expected a string, got {type(platform_type_0).__name__}"
                    )

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            platform_type_1 = data

            return platform_type_1

        platform = _parse_platform(d.pop("platform"))

        external = d.pop("external")
        if not isinstance(external, bool):
            raise TypeError(f"external: expected a boolean, got {type(external).__name__}")

        analytics = ContentAnalytics.from_dict(d.pop("analytics"))

        def _parse_instructor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                instructor_type_0 = data
                if not isinstance(instructor_type_0, str):
                    raise TypeError(
                        f"instructor_type_0: expected a string, got {type(instructor_type_0).__name__}"
                    )

                return instructor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            instructor_type_1 = data

            return instructor_type_1

        instructor = _parse_instructor(d.pop("instructor", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = data
                if not isinstance(category_type_0, str):
                    raise TypeError(
                        f"category_type_0: expected a string, got {type(category_type_0).__name__}"
                    )

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            category_type_1 = data

            return category_type_1

        category = _parse_category(d.pop("category", UNSET))

        def _parse_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                duration_type_0 = data
                if not isinstance(duration_type_0, str):
                    raise TypeError(
                        f"duration_type_0: expected a string, got {type(duration_type_0).__name__}"
                    )

                return duration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            duration_type_1 = data

            return duration_type_1

        duration = _parse_duration(d.pop("duration", UNSET))

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise TypeError(f"enabled: expected a boolean, got {type(enabled).__name__}")

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = data
                if not isinstance(created_type_0, str):
                    raise TypeError(
                        f"created_type_0: expected a string, got {type(created_type_0).__name__}"
                    )

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            created_type_1 = data

            return created_type_1

        created = _parse_created(d.pop("created", UNSET))

        def _parse_updated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_type_0 = data
                if not isinstance(updated_type_0, str):
                    raise TypeError(
                        f"updated_type_0: expected a string, got {type(updated_type_0).__name__}"
                    )

                return updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            updated_type_1 = data

            return updated_type_1

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
