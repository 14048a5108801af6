from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VectorResult")


@_attrs_define
class VectorResult:
    snippet: str
    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    source: str | Unset = UNSET
    score: float | Unset = UNSET
    confidence_level: float | Unset = UNSET
    llm_provider: str | Unset = UNSET
    llm_model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        snippet = self.snippet

        type_ = self.type_

        title = self.title

        source = self.source

        score = self.score

        confidence_level = self.confidence_level

        llm_provider = self.llm_provider

        llm_model = self.llm_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snippet": snippet,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if source is not UNSET:
            field_dict["source"] = source
        if score is not UNSET:
            field_dict["score"] = score
        if confidence_level is not UNSET:
            field_dict["confidence_level"] = confidence_level
        if llm_provider is not UNSET:
            field_dict["llm_provider"] = llm_provider
        if llm_model is not UNSET:
            field_dict["llm_model"] = llm_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        snippet = d.pop("snippet")
        if not isinstance(snippet, str):
            raise TypeError(f"snippet: expected a string, got {type(snippet).__name__}")

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            raise TypeError(f"type: expected a string, got {type(type_).__name__}")

        title = d.pop("title", UNSET)
        if not isinstance(title, (str, Unset)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        source = d.pop("source", UNSET)
        if not isinstance(source, (str, Unset)):
            raise TypeError(f"source: expected a string, got {type(source).__name__}")

        score = d.pop("score", UNSET)
        if not isinstance(score, (int, float, Unset)) or score is True or score is False:
            raise TypeError(f"score: expected a number, got {type(score).__name__}")

        confidence_level = d.pop("confidence_level", UNSET)
        if (
            not isinstance(confidence_level, (int, float, Unset))
            or confidence_level is True
            or confidence_level is False
        ):
            raise TypeError(
                f"confidence_level: expected a number, got {type(confidence_level).__name__}"
            )

        llm_provider = d.pop("llm_provider", UNSET)
        if not isinstance(llm_provider, (str, Unset)):
            raise TypeError(f"llm_provider: expected a string, got {type(llm_provider).__name__}")

        llm_model = d.pop("llm_model", UNSET)
        if not isinstance(llm_model, (str, Unset)):
            raise TypeError(f"llm_model: expected a string, got {type(llm_model).__name__}")

        vector_result = cls(
            snippet=snippet,
            type_=type_,
            title=title,
            source=source,
            score=score,
            confidence_level=confidence_level,
            llm_provider=llm_provider,
            llm_model=llm_model,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        vector_result.additional_properties = additional_properties
        return vector_result

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
