from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateXblock")


@_attrs_define
class UpdateXblock:
    """Validate input for updating an xblock."""

    xblock_id: str
    """ The xblock locator to update. """
    display_name: str | Unset = UNSET
    """ New display name. """
    content: str | Unset = UNSET
    """ New HTML content. Only applicable to component blocks (html, problem). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        xblock_id = self.xblock_id

        display_name = self.display_name

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "xblock_id": xblock_id,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        xblock_id = d.pop("xblock_id")
        if not isinstance(xblock_id, str):
            raise FieldError("xblock_id", "a string", xblock_id)

        display_name = d.pop("display_name", UNSET)
        if not isinstance(display_name, (str, Unset)):
            raise FieldError("display_name", "a string", display_name)

        content = d.pop("content", UNSET)
        if not isinstance(content, (str, Unset)):
            raise FieldError("content", "a string", content)

        update_xblock = cls(
            xblock_id=xblock_id,
            display_name=display_name,
            content=content,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        update_xblock.additional_properties = additional_properties
        return update_xblock

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
