from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_license_detail_metadata import UserLicenseDetailMetadata


T = TypeVar("T", bound="UserLicenseDetail")


@_attrs_define
class UserLicenseDetail:
    """Response serializer for user license details"""

    id: int
    """ The unique identifier for the license """
    created: datetime.datetime
    """ When the license was created """
    started: datetime.datetime
    """ When the license becomes active """
    expired: datetime.datetime | None
    """ When the license expires """
    name: str
    """ The display name of the license """
    count: int
    """ The number of seats purchased """
    active: bool
    """ Whether the license is active """
    metadata: UserLicenseDetailMetadata
    """ Additional license metadata """
    source: str
    """ The source identifier for the license """
    external_id: None | str
    """ External identifier for the license """
    platform_key: str
    """ The platform key associated with the license """
    usage_count: int | Unset = UNSET
    """ Number of assignments using this license """
    assignments: Any | Unset = UNSET
    """ Assignment counts by status (only included in verbose mode) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        started = self.started.isoformat()

        expired: None | str
        if isinstance(self.expired, datetime.datetime):
            expired = self.expired.isoformat()
        else:
            expired = self.expired

        name = self.name

        count = self.count

        active = self.active

        metadata = self.metadata.to_dict()

        source = self.source

        external_id: None | str
        external_id = self.external_id

        platform_key = self.platform_key

        usage_count = self.usage_count

        assignments = self.assignments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "started": started,
                "expired": expired,
                "name": name,
                "count": count,
                "active": active,
                "metadata": metadata,
                "source": source,
                "external_id": external_id,
                "platform_key": platform_key,
            }
        )
        if usage_count is not UNSET:
            field_dict["usage_count"] = usage_count
        if assignments is not UNSET:
            field_dict["assignments"] = assignments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_license_detail_metadata import UserLicenseDetailMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        created = datetime.datetime.fromisoformat(
            d.pop("created").replace("Z", "+00:00").replace("z", "+00:00")
        )

        started = datetime.datetime.fromisoformat(
            d.pop("started").replace("Z", "+00:00").replace("z", "+00:00")
        )

        def _parse_expired(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expired_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00").replace("z", "+00:00")
                )

                return expired_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            expired_type_1 = data

            return expired_type_1

        expired = _parse_expired(d.pop("expired"))

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        active = d.pop("active")
        if not isinstance(active, bool):
            raise TypeError(f"active: expected a boolean, got {type(active).__name__}")

        metadata = UserLicenseDetailMetadata.from_dict(d.pop("metadata"))

        source = d.pop("source")
        if not isinstance(source, str):
            raise TypeError(f"source: expected a string, got {type(source).__name__}")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                external_id_type_0 = data
                if not isinstance(external_id_type_0, str):
                    raise TypeError(
                        f"external_id_type_0: expected a string, got {type(external_id_type_0).__name__}"
                    )

                return external_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            external_id_type_1 = data

            return external_id_type_1

        external_id = _parse_external_id(d.pop("external_id"))

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        usage_count = d.pop("usage_count", UNSET)
        if not isinstance(usage_count, (int, Unset)) or usage_count is True or usage_count is False:
            raise TypeError(f"usage_count: expected an integer, got {type(usage_count).__name__}")

        assignments = d.pop("assignments", UNSET)

        user_license_detail = cls(
            id=id,
            created=created,
            started=started,
            expired=expired,
            name=name,
            count=count,
            active=active,
            metadata=metadata,
            source=source,
            external_id=external_id,
            platform_key=platform_key,
            usage_count=usage_count,
            assignments=assignments,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_license_detail.additional_properties = additional_properties
        return user_license_detail

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
