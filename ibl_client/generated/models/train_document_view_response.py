from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainDocumentViewResponse")


@_attrs_define
class TrainDocumentViewResponse:
    message: str
    """ Message of the training """
    document_id: str | Unset = UNSET
    """ Document id for document in training """
    task_id: str | Unset = UNSET
    """ Task id for document in training """
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        document_id = self.document_id

        task_id = self.task_id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")
        if not isinstance(message, str):
            raise FieldError("message", "a string", message)

        document_id = d.pop("document_id", UNSET)
        if not isinstance(document_id, (str, Unset)):
            raise FieldError("document_id", "a string", document_id)

        task_id = d.pop("task_id", UNSET)
        if not isinstance(task_id, (str, Unset)):
            raise FieldError("task_id", "a string", task_id)

        error = d.pop("error", UNSET)
        if not isinstance(error, (str, Unset)):
            raise FieldError("error", "a string", error)

        train_document_view_response = cls(
            message=message,
            document_id=document_id,
            task_id=task_id,
            error=error,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        train_document_view_response.additional_properties = additional_properties
        return train_document_view_response

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
