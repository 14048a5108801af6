from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VeoVideoDetail")


@_attrs_define
class VeoVideoDetail:
    id: int
    video_file: None | str
    generation_status: str
    prompt_image: None | str
    thumbnail_image: None | str
    name: str | Unset = UNSET
    data: Any | Unset = UNSET
    prompt_text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        video_file: None | str
        video_file = self.video_file

        generation_status = self.generation_status

        prompt_image: None | str
        prompt_image = self.prompt_image

        thumbnail_image: None | str
        thumbnail_image = self.thumbnail_image

        name = self.name

        data = self.data

        prompt_text: None | str | Unset
        if isinstance(self.prompt_text, Unset):
            prompt_text = UNSET
        else:
            prompt_text = self.prompt_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "video_file": video_file,
                "generation_status": generation_status,
                "prompt_image": prompt_image,
                "thumbnail_image": thumbnail_image,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data
        if prompt_text is not UNSET:
            field_dict["prompt_text"] = prompt_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

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

        def _parse_prompt_image(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("prompt_image", "a string or null", data)

        prompt_image = _parse_prompt_image(d.pop("prompt_image"))

        def _parse_thumbnail_image(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("thumbnail_image", "a string or null", data)

        thumbnail_image = _parse_thumbnail_image(d.pop("thumbnail_image"))

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        data = d.pop("data", UNSET)

        def _parse_prompt_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("prompt_text", "a string or null", data)

        prompt_text = _parse_prompt_text(d.pop("prompt_text", UNSET))

        veo_video_detail = cls(
            id=id,
            video_file=video_file,
            generation_status=generation_status,
            prompt_image=prompt_image,
            thumbnail_image=thumbnail_image,
            name=name,
            data=data,
            prompt_text=prompt_text,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        veo_video_detail.additional_properties = additional_properties
        return veo_video_detail

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
