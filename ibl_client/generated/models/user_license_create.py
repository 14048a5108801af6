from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_license_create_enrollment_config import UserLicenseCreateEnrollmentConfig
    from ..models.user_license_create_metadata import UserLicenseCreateMetadata


T = TypeVar("T", bound="UserLicenseCreate")


@_attrs_define
class UserLicenseCreate:
    """Request serializer for UserLicenseCreateView POST endpoint"""

    platform_key: str
    """ The platform to create a license for """
    platform_org: str | Unset = UNSET
    """ The organization identifier for the platform """
    name: str | Unset = UNSET
    """ Display name for the license """
    count: int | Unset = UNSET
    """ Number of seats purchased """
    started: datetime.datetime | Unset = UNSET
    """ Date when license should begin """
    expired: datetime.datetime | None | Unset = UNSET
    """ Date when license should expire """
    active: bool | Unset = UNSET
    """ Whether the license is active """
    metadata: UserLicenseCreateMetadata | Unset = UNSET
    """ Additional license metadata """
    enrollment_config: UserLicenseCreateEnrollmentConfig | Unset = UNSET
    """ Additional enrollment configuration """
    source: str | Unset = UNSET
    """ Source identifier """
    external_id: None | str | Unset = UNSET
    """ External identifier (must be unique) """
    transaction_id: str | Unset = UNSET
    """ Transaction identifier for tracking """
    change_type: str | Unset = UNSET
    """ Type of change being made """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        platform_org = self.platform_org

        name = self.name

        count = self.count

        started: str | Unset = UNSET
        if not isinstance(self.started, Unset):
            started = self.started.isoformat()

        expired: None | str | Unset
        if isinstance(self.expired, Unset):
            expired = UNSET
        elif isinstance(self.expired, datetime.datetime):
            expired = self.expired.isoformat()
        else:
            expired = self.expired

        active = self.active

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        enrollment_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enrollment_config, Unset):
            enrollment_config = self.enrollment_config.to_dict()

        source = self.source

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        transaction_id = self.transaction_id

        change_type = self.change_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
            }
        )
        if platform_org is not UNSET:
            field_dict["platform_org"] = platform_org
        if name is not UNSET:
            field_dict["name"] = name
        if count is not UNSET:
            field_dict["count"] = count
        if started is not UNSET:
            field_dict["started"] = started
        if expired is not UNSET:
            field_dict["expired"] = expired
        if active is not UNSET:
            field_dict["active"] = active
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if enrollment_config is not UNSET:
            field_dict["enrollment_config"] = enrollment_config
        if source is not UNSET:
            field_dict["source"] = source
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if change_type is not UNSET:
            field_dict["change_type"] = change_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_license_create_enrollment_config import UserLicenseCreateEnrollmentConfig  # noqa: PLC0415
        from ..models.user_license_create_metadata import UserLicenseCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        platform_org = d.pop("platform_org", UNSET)
        if not isinstance(platform_org, (str, Unset)):
            raise FieldError("platform_org", "a string", platform_org)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        count = d.pop("count", UNSET)
        if not isinstance(count, (int, Unset)) or count is True or count is False:
            raise FieldError("count", "an integer", count)

        _started = d.pop("started", UNSET)
        started: datetime.datetime | Unset
        if isinstance(_started, Unset):
            started = UNSET
        else:
            started = parse_datetime("started", _started)

        def _parse_expired(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    expired_type_0 = parse_datetime("expired_type_0", data)

                    return expired_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("expired", member_error, "expired_type_0"))
            if error is not None:
                raise error
            raise FieldError("expired", "a date-time string or null", data)

        expired = _parse_expired(d.pop("expired", UNSET))

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        _metadata = d.pop("metadata", UNSET)
        metadata: UserLicenseCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", UserLicenseCreateMetadata, _metadata)

        _enrollment_config = d.pop("enrollment_config", UNSET)
        enrollment_config: UserLicenseCreateEnrollmentConfig | Unset
        if isinstance(_enrollment_config, Unset):
            enrollment_config = UNSET
        else:
            enrollment_config = nested(
                "enrollment_config", UserLicenseCreateEnrollmentConfig, _enrollment_config
            )

        source = d.pop("source", UNSET)
        if not isinstance(source, (str, Unset)):
            raise FieldError("source", "a string", source)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("external_id", "a string or null", data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        transaction_id = d.pop("transaction_id", UNSET)
        if not isinstance(transaction_id, (str, Unset)):
            raise FieldError("transaction_id", "a string", transaction_id)

        change_type = d.pop("change_type", UNSET)
        if not isinstance(change_type, (str, Unset)):
            raise FieldError("change_type", "a string", change_type)

        user_license_create = cls(
            platform_key=platform_key,
            platform_org=platform_org,
            name=name,
            count=count,
            started=started,
            expired=expired,
            active=active,
            metadata=metadata,
            enrollment_config=enrollment_config,
            source=source,
            external_id=external_id,
            transaction_id=transaction_id,
            change_type=change_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_license_create.additional_properties = additional_properties
        return user_license_create

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
