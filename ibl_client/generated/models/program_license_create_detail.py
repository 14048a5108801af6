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
    from ..models.program_license_create_detail_enrollment_config import (
        ProgramLicenseCreateDetailEnrollmentConfig,
    )
    from ..models.program_license_create_detail_metadata import ProgramLicenseCreateDetailMetadata


T = TypeVar("T", bound="ProgramLicenseCreateDetail")


@_attrs_define
class ProgramLicenseCreateDetail:
    """Request serializer for ProgramLicenseCreateView POST endpoint"""

    program_key: str
    """ The unique identifier for the program to license """
    name: str
    """ Display name for the license """
    count: int
    """ Number of seats purchased """
    started: datetime.datetime
    """ Date when license should begin """
    platform_key: str | Unset = UNSET
    """ The unique identifier for the platform (required if platform_id not provided) """
    platform_org: str | Unset = UNSET
    """ The organization identifier for the platform (required if platform_id not provided) """
    platform_id: int | Unset = UNSET
    """ The ID of the platform (required if platform_key/org not provided) """
    expired: datetime.datetime | None | Unset = UNSET
    """ Date when license should expire """
    external_id: None | str | Unset = UNSET
    """ External identifier for the license """
    active: bool | Unset = UNSET
    """ Whether the license should be active """
    metadata: ProgramLicenseCreateDetailMetadata | Unset = UNSET
    """ Additional license metadata """
    enrollment_config: ProgramLicenseCreateDetailEnrollmentConfig | Unset = UNSET
    """ Enrollment configuration """
    source: str | Unset = UNSET
    """ Source identifier """
    transaction_id: str | Unset = UNSET
    """ Transaction identifier for tracking """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_key = self.program_key

        name = self.name

        count = self.count

        started = self.started.isoformat()

        platform_key = self.platform_key

        platform_org = self.platform_org

        platform_id = self.platform_id

        expired: None | str | Unset
        if isinstance(self.expired, Unset):
            expired = UNSET
        elif isinstance(self.expired, datetime.datetime):
            expired = self.expired.isoformat()
        else:
            expired = self.expired

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        active = self.active

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        enrollment_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enrollment_config, Unset):
            enrollment_config = self.enrollment_config.to_dict()

        source = self.source

        transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program_key": program_key,
                "name": name,
                "count": count,
                "started": started,
            }
        )
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if platform_org is not UNSET:
            field_dict["platform_org"] = platform_org
        if platform_id is not UNSET:
            field_dict["platform_id"] = platform_id
        if expired is not UNSET:
            field_dict["expired"] = expired
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if active is not UNSET:
            field_dict["active"] = active
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if enrollment_config is not UNSET:
            field_dict["enrollment_config"] = enrollment_config
        if source is not UNSET:
            field_dict["source"] = source
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_license_create_detail_enrollment_config import (
            ProgramLicenseCreateDetailEnrollmentConfig,  # noqa: PLC0415
        )
        from ..models.program_license_create_detail_metadata import (
            ProgramLicenseCreateDetailMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        program_key = d.pop("program_key")
        if not isinstance(program_key, str):
            raise FieldError("program_key", "a string", program_key)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise FieldError("count", "an integer", count)

        started = parse_datetime("started", d.pop("started"))

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        platform_org = d.pop("platform_org", UNSET)
        if not isinstance(platform_org, (str, Unset)):
            raise FieldError("platform_org", "a string", platform_org)

        platform_id = d.pop("platform_id", UNSET)
        if not isinstance(platform_id, (int, Unset)) or platform_id is True or platform_id is False:
            raise FieldError("platform_id", "an integer", platform_id)

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

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("external_id", "a string or null", data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        _metadata = d.pop("metadata", UNSET)
        metadata: ProgramLicenseCreateDetailMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", ProgramLicenseCreateDetailMetadata, _metadata)

        _enrollment_config = d.pop("enrollment_config", UNSET)
        enrollment_config: ProgramLicenseCreateDetailEnrollmentConfig | Unset
        if isinstance(_enrollment_config, Unset):
            enrollment_config = UNSET
        else:
            enrollment_config = nested(
                "enrollment_config", ProgramLicenseCreateDetailEnrollmentConfig, _enrollment_config
            )

        source = d.pop("source", UNSET)
        if not isinstance(source, (str, Unset)):
            raise FieldError("source", "a string", source)

        transaction_id = d.pop("transaction_id", UNSET)
        if not isinstance(transaction_id, (str, Unset)):
            raise FieldError("transaction_id", "a string", transaction_id)

        program_license_create_detail = cls(
            program_key=program_key,
            name=name,
            count=count,
            started=started,
            platform_key=platform_key,
            platform_org=platform_org,
            platform_id=platform_id,
            expired=expired,
            external_id=external_id,
            active=active,
            metadata=metadata,
            enrollment_config=enrollment_config,
            source=source,
            transaction_id=transaction_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_license_create_detail.additional_properties = additional_properties
        return program_license_create_detail

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
