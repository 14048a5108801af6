from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_details_content_info_metadata import ContentDetailsContentInfoMetadata


T = TypeVar("T", bound="ContentDetailsContentInfo")


@_attrs_define
class ContentDetailsContentInfo:
    """Serializer for the content information block."""

    id: str
    """ Identifier for the content item """
    type_: str
    """ Content type (course, program, pathway, skill) """
    external: bool
    """ Whether the content is external to the platform """
    name: None | str | Unset = UNSET
    slug: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    metadata: ContentDetailsContentInfoMetadata | Unset = UNSET
    """ Metadata associated with the content item """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        external = self.external

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "external": external,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if platform is not UNSET:
            field_dict["platform"] = platform
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_details_content_info_metadata import ContentDetailsContentInfoMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type: expected a string, got {type(type_).__name__}")

        external = d.pop("external")
        if not isinstance(external, bool):
            raise TypeError(f"external: expected a boolean, got {type(external).__name__}")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                name_type_0 = data
                if not isinstance(name_type_0, str):
                    raise TypeError(
                        f"name_type_0: expected a string, got {type(name_type_0).__name__}"
                    )

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            name_type_1 = data

            return name_type_1

        name = _parse_name(d.pop("name", UNSET))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        platform = _parse_platform(d.pop("platform", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ContentDetailsContentInfoMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ContentDetailsContentInfoMetadata.from_dict(_metadata)

        content_details_content_info = cls(
            id=id,
            type_=type_,
            external=external,
            name=name,
            slug=slug,
            platform=platform,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        content_details_content_info.additional_properties = additional_properties
        return content_details_content_info

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
