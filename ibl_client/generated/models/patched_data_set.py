from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    parse_datetime,
    parse_uuid,
    within,
)
from ..models.data_set_status_enum import DataSetStatusEnum, check_data_set_status_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_data_set_platform_type_0 import PatchedDataSetPlatformType0


T = TypeVar("T", bound="PatchedDataSet")


@_attrs_define
class PatchedDataSet:
    id: UUID | Unset = UNSET
    platform: None | PatchedDataSetPlatformType0 | Unset = UNSET
    name: str | Unset = UNSET
    prompt: str | Unset = UNSET
    """ (if any) Special instructions for generating the dataset. This could be requirements on tone, language,
    style, etc. """
    source_url: str | Unset = UNSET
    source_file: str | Unset = UNSET
    status: DataSetStatusEnum | Unset = UNSET
    """ * `pending` - Pending
    * `processing` - Processing
    * `completed` - Completed
    * `failed` - Failed """
    num_data_points: int | Unset = UNSET
    train_split: float | Unset = UNSET
    train_file: str | Unset = UNSET
    test_file: str | Unset = UNSET
    retry_attempts: int | Unset = UNSET
    error_log: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.patched_data_set_platform_type_0 import PatchedDataSetPlatformType0  # noqa: PLC0415

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        platform: dict[str, Any] | None | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif isinstance(self.platform, PatchedDataSetPlatformType0):
            platform = self.platform.to_dict()
        else:
            platform = self.platform

        name = self.name

        prompt = self.prompt

        source_url = self.source_url

        source_file = self.source_file

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        num_data_points = self.num_data_points

        train_split = self.train_split

        train_file = self.train_file

        test_file = self.test_file

        retry_attempts = self.retry_attempts

        error_log = self.error_log

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if source_file is not UNSET:
            field_dict["source_file"] = source_file
        if status is not UNSET:
            field_dict["status"] = status
        if num_data_points is not UNSET:
            field_dict["num_data_points"] = num_data_points
        if train_split is not UNSET:
            field_dict["train_split"] = train_split
        if train_file is not UNSET:
            field_dict["train_file"] = train_file
        if test_file is not UNSET:
            field_dict["test_file"] = test_file
        if retry_attempts is not UNSET:
            field_dict["retry_attempts"] = retry_attempts
        if error_log is not UNSET:
            field_dict["error_log"] = error_log
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_data_set_platform_type_0 import PatchedDataSetPlatformType0  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = parse_uuid("id", _id)

        def _parse_platform(data: object) -> None | PatchedDataSetPlatformType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, dict):
                try:
                    platform_type_0 = nested("platform_type_0", PatchedDataSetPlatformType0, data)

                    return platform_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("platform", member_error, "platform_type_0"))
            if error is not None:
                raise error
            raise FieldError("platform", "an object (PatchedDataSetPlatformType0) or null", data)

        platform = _parse_platform(d.pop("platform", UNSET))

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        prompt = d.pop("prompt", UNSET)
        if not isinstance(prompt, (str, Unset)):
            raise FieldError("prompt", "a string", prompt)

        source_url = d.pop("source_url", UNSET)
        if not isinstance(source_url, (str, Unset)):
            raise FieldError("source_url", "a string", source_url)

        source_file = d.pop("source_file", UNSET)
        if not isinstance(source_file, (str, Unset)):
            raise FieldError("source_file", "a string", source_file)

        _status = d.pop("status", UNSET)
        status: DataSetStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_data_set_status_enum(_status, "status")

        num_data_points = d.pop("num_data_points", UNSET)
        if (
            not isinstance(num_data_points, (int, Unset))
            or num_data_points is True
            or num_data_points is False
        ):
            raise FieldError("num_data_points", "an integer", num_data_points)

        train_split = d.pop("train_split", UNSET)
        if (
            not isinstance(train_split, (int, float, Unset))
            or train_split is True
            or train_split is False
        ):
            raise FieldError("train_split", "a number", train_split)

        train_file = d.pop("train_file", UNSET)
        if not isinstance(train_file, (str, Unset)):
            raise FieldError("train_file", "a string", train_file)

        test_file = d.pop("test_file", UNSET)
        if not isinstance(test_file, (str, Unset)):
            raise FieldError("test_file", "a string", test_file)

        retry_attempts = d.pop("retry_attempts", UNSET)
        if (
            not isinstance(retry_attempts, (int, Unset))
            or retry_attempts is True
            or retry_attempts is False
        ):
            raise FieldError("retry_attempts", "an integer", retry_attempts)

        error_log = d.pop("error_log", UNSET)
        if not isinstance(error_log, (str, Unset)):
            raise FieldError("error_log", "a string", error_log)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime("date_created", _date_created)

        _last_modified = d.pop("last_modified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime("last_modified", _last_modified)

        patched_data_set = cls(
            id=id,
            platform=platform,
            name=name,
            prompt=prompt,
            source_url=source_url,
            source_file=source_file,
            status=status,
            num_data_points=num_data_points,
            train_split=train_split,
            train_file=train_file,
            test_file=test_file,
            retry_attempts=retry_attempts,
            error_log=error_log,
            date_created=date_created,
            last_modified=last_modified,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_data_set.additional_properties = additional_properties
        return patched_data_set

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
