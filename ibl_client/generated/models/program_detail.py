from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enrollment_info import EnrollmentInfo
    from ..models.program_completion import ProgramCompletion


T = TypeVar("T", bound="ProgramDetail")


@_attrs_define
class ProgramDetail:
    program_id: str
    enrollment: EnrollmentInfo
    name: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    completion: None | ProgramCompletion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.program_completion import ProgramCompletion  # noqa: PLC0415

        program_id = self.program_id

        enrollment = self.enrollment.to_dict()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        completion: dict[str, Any] | None | Unset
        if isinstance(self.completion, Unset):
            completion = UNSET
        elif isinstance(self.completion, ProgramCompletion):
            completion = self.completion.to_dict()
        else:
            completion = self.completion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program_id": program_id,
                "enrollment": enrollment,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if completion is not UNSET:
            field_dict["completion"] = completion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enrollment_info import EnrollmentInfo  # noqa: PLC0415
        from ..models.program_completion import ProgramCompletion  # noqa: PLC0415

        d = dict(src_dict)
        program_id = d.pop("program_id")
        if not isinstance(program_id, str):
            raise FieldError("program_id", "a string", program_id)

        enrollment = nested("enrollment", EnrollmentInfo, d.pop("enrollment"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("platform", "a string or null", data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_completion(data: object) -> None | ProgramCompletion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, dict):
                try:
                    completion_type_1 = nested("completion_type_1", ProgramCompletion, data)

                    return completion_type_1
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("completion", member_error, "completion_type_1"))
            if error is not None:
                raise error
            raise FieldError("completion", "an object (ProgramCompletion) or null", data)

        completion = _parse_completion(d.pop("completion", UNSET))

        program_detail = cls(
            program_id=program_id,
            enrollment=enrollment,
            name=name,
            platform=platform,
            completion=completion,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_detail.additional_properties = additional_properties
        return program_detail

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
