from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="RetreiverTrainViewRequest")


@_attrs_define
class RetreiverTrainViewRequest:
    pathway: str
    """ Pathway for document to be trained in """
    url: str
    """ Url of the document to be trained """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pathway = self.pathway

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pathway": pathway,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pathway = d.pop("pathway")
        if not isinstance(pathway, str):
            raise FieldError("pathway", "a string", pathway)

        url = d.pop("url")
        if not isinstance(url, str):
            raise FieldError("url", "a string", url)

        retreiver_train_view_request = cls(
            pathway=pathway,
            url=url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        retreiver_train_view_request.additional_properties = additional_properties
        return retreiver_train_view_request

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
