from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSetCreateRequest")


@_attrs_define
class DataSetCreateRequest:
    name: str
    source_url: str | Unset = UNSET
    source_file: str | Unset = UNSET
    num_data_points: int | Unset = UNSET
    train_split: float | Unset = UNSET
    prompt: str | Unset = UNSET
    """ (if any) Special instructions for generating the dataset. This could be requirements on tone, language,
    style, etc. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source_url = self.source_url

        source_file = self.source_file

        num_data_points = self.num_data_points

        train_split = self.train_split

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if source_file is not UNSET:
            field_dict["source_file"] = source_file
        if num_data_points is not UNSET:
            field_dict["num_data_points"] = num_data_points
        if train_split is not UNSET:
            field_dict["train_split"] = train_split
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        source_url = d.pop("source_url", UNSET)
        if not isinstance(source_url, (str, Unset)):
            raise FieldError("source_url", "a string", source_url)

        source_file = d.pop("source_file", UNSET)
        if not isinstance(source_file, (str, Unset)):
            raise FieldError("source_file", "a string", source_file)

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

        prompt = d.pop("prompt", UNSET)
        if not isinstance(prompt, (str, Unset)):
            raise FieldError("prompt", "a string", prompt)

        data_set_create_request = cls(
            name=name,
            source_url=source_url,
            source_file=source_file,
            num_data_points=num_data_points,
            train_split=train_split,
            prompt=prompt,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        data_set_create_request.additional_properties = additional_properties
        return data_set_create_request

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
