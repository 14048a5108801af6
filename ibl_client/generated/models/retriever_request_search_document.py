from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="RetrieverRequestSearchDocument")


@_attrs_define
class RetrieverRequestSearchDocument:
    source: str
    """ The source url of the docuemnt """
    confidence_level: float
    """ The percentge confidence level of the document retrieved """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        confidence_level = self.confidence_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "confidence_level": confidence_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")
        if not isinstance(source, str):
            raise FieldError("source", "a string", source)

        confidence_level = d.pop("confidence_level")
        if (
            not isinstance(confidence_level, (int, float))
            or confidence_level is True
            or confidence_level is False
        ):
            raise FieldError("confidence_level", "a number", confidence_level)

        retriever_request_search_document = cls(
            source=source,
            confidence_level=confidence_level,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        retriever_request_search_document.additional_properties = additional_properties
        return retriever_request_search_document

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
