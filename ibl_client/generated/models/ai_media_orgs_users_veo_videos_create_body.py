from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AiMediaOrgsUsersVeoVideosCreateBody")


@_attrs_define
class AiMediaOrgsUsersVeoVideosCreateBody:
    prompt_text: str
    prompt_image: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_text = self.prompt_text

        prompt_image = self.prompt_image

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_text": prompt_text,
            }
        )
        if prompt_image is not UNSET:
            field_dict["prompt_image"] = prompt_image
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_text = d.pop("prompt_text")
        if not isinstance(prompt_text, str):
            raise FieldError("prompt_text", "a string", prompt_text)

        prompt_image = d.pop("prompt_image", UNSET)
        if not isinstance(prompt_image, (str, Unset)):
            raise FieldError("prompt_image", "a string", prompt_image)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        ai_media_orgs_users_veo_videos_create_body = cls(
            prompt_text=prompt_text,
            prompt_image=prompt_image,
            name=name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ai_media_orgs_users_veo_videos_create_body.additional_properties = additional_properties
        return ai_media_orgs_users_veo_videos_create_body

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
