from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)

if TYPE_CHECKING:
    from ..models.response_data_variable import ResponseDataVariable


T = TypeVar("T", bound="PredictiveAnalyticsResponse")


@_attrs_define
class PredictiveAnalyticsResponse:
    predictions: list[ResponseDataVariable]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        predictions = []
        for predictions_item_data in self.predictions:
            predictions_item = predictions_item_data.to_dict()
            predictions.append(predictions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "predictions": predictions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_data_variable import ResponseDataVariable  # noqa: PLC0415

        d = dict(src_dict)
        _predictions = d.pop("predictions")
        if not isinstance(_predictions, list):
            raise FieldError("predictions", "an array", _predictions)
        predictions = []
        for _predictions_index, predictions_item_data in enumerate(_predictions):
            try:
                predictions_item = nested(
                    "predictions_item", ResponseDataVariable, predictions_item_data
                )

            except PARSE_ERRORS as _predictions_error:
                raise within(
                    ("predictions", _predictions_index), _predictions_error, "predictions_item"
                ) from _predictions_error
            predictions.append(predictions_item)

        predictive_analytics_response = cls(
            predictions=predictions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        predictive_analytics_response.additional_properties = additional_properties
        return predictive_analytics_response

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
