from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AIGeneratedImage")


@_attrs_define
class AIGeneratedImage:
    id: int
    image: str
    date_created: datetime.datetime
    user: int | None | Unset = UNSET
    """ edX user ID """
    platform: int | None | Unset = UNSET
    prompt: str | Unset = UNSET
    model: str | Unset = UNSET
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        image = self.image

        date_created = self.date_created.isoformat()

        user: int | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        platform: int | None | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        prompt = self.prompt

        model = self.model

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "image": image,
                "date_created": date_created,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if platform is not UNSET:
            field_dict["platform"] = platform
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        image = d.pop("image")
        if not isinstance(image, str):
            raise FieldError("image", "a string", image)

        date_created = parse_datetime("date_created", d.pop("date_created"))

        def _parse_user(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("user", "an integer or null", data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_platform(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("platform", "an integer or null", data)

        platform = _parse_platform(d.pop("platform", UNSET))

        prompt = d.pop("prompt", UNSET)
        if not isinstance(prompt, (str, Unset)):
            raise FieldError("prompt", "a string", prompt)

        model = d.pop("model", UNSET)
        if not isinstance(model, (str, Unset)):
            raise FieldError("model", "a string", model)

        provider = d.pop("provider", UNSET)
        if not isinstance(provider, (str, Unset)):
            raise FieldError("provider", "a string", provider)

        ai_generated_image = cls(
            id=id,
            image=image,
            date_created=date_created,
            user=user,
            platform=platform,
            prompt=prompt,
            model=model,
            provider=provider,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ai_generated_image.additional_properties = additional_properties
        return ai_generated_image

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
