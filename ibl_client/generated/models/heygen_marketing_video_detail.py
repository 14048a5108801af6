from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HeygenMarketingVideoDetail")


@_attrs_define
class HeygenMarketingVideoDetail:
    pk: int
    video_file: None | str
    generation_status: str
    name: str | Unset = UNSET
    data: Any | Unset = UNSET
    script: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        video_file: None | str
        video_file = self.video_file

        generation_status = self.generation_status

        name = self.name

        data = self.data

        script: None | str | Unset
        if isinstance(self.script, Unset):
            script = UNSET
        else:
            script = self.script

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk": pk,
                "video_file": video_file,
                "generation_status": generation_status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data
        if script is not UNSET:
            field_dict["script"] = script

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk")
        if not isinstance(pk, int) or pk is True or pk is False:
            raise FieldError("pk", "an integer", pk)

        def _parse_video_file(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("video_file", "a string or null", data)

        video_file = _parse_video_file(d.pop("video_file"))

        generation_status = d.pop("generation_status")
        if not isinstance(generation_status, str):
            raise FieldError("generation_status", "a string", generation_status)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        data = d.pop("data", UNSET)

        def _parse_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("script", "a string or null", data)

        script = _parse_script(d.pop("script", UNSET))

        heygen_marketing_video_detail = cls(
            pk=pk,
            video_file=video_file,
            generation_status=generation_status,
            name=name,
            data=data,
            script=script,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        heygen_marketing_video_detail.additional_properties = additional_properties
        return heygen_marketing_video_detail

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
