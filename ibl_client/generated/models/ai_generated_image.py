from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        image = d.pop("image")
        if not isinstance(image, str):
            raise TypeError(f"image: expected a string, got {type(image).__name__}")

        date_created = datetime.datetime.fromisoformat(
            d.pop("date_created").replace("Z", "+00:00").replace("z", "+00:00")
        )

        def _parse_user(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                user_type_0 = data
                if not isinstance(user_type_0, int) or user_type_0 is True or user_type_0 is False:
                    raise TypeError(
                        f"user_type_0: expected an integer, got {type(user_type_0).__name__}"
                    )

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            user_type_1 = data

            return user_type_1

        user = _parse_user(d.pop("user", UNSET))

        def _parse_platform(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                platform_type_0 = data
                if (
                    not isinstance(platform_type_0, int)
                    or platform_type_0 is True
                    or platform_type_0 is False
                ):
                    raise TypeError(
                        f"platform_type_0: expected an integer, got {type(platform_type_0).__name__}"
                    )

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            platform_type_1 = data

            return platform_type_1

        platform = _parse_platform(d.pop("platform", UNSET))

        prompt = d.pop("prompt", UNSET)
        if not isinstance(prompt, (str, Unset)):
            raise TypeError(f"prompt: expected a string, got {type(prompt).__name__}")

        model = d.pop("model", UNSET)
        if not isinstance(model, (str, Unset)):
            raise TypeError(f"model: expected a string, got {type(model).__name__}")

        provider = d.pop("provider", UNSET)
        if not isinstance(provider, (str, Unset)):
            raise TypeError(f"provider: expected a string, got {type(provider).__name__}")

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
