from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    within,
)

T = TypeVar("T", bound="ReorderChildren")


@_attrs_define
class ReorderChildren:
    """Validate input for reordering children of an xblock."""

    xblock_id: str
    """ The parent xblock whose children to reorder. """
    children: list[str]
    """ Ordered list of child xblock IDs. All existing children must be included. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        xblock_id = self.xblock_id

        children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "xblock_id": xblock_id,
                "children": children,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        xblock_id = d.pop("xblock_id")
        if not isinstance(xblock_id, str):
            raise FieldError("xblock_id", "a string", xblock_id)

        _children = d.pop("children")
        if not isinstance(_children, list):
            raise FieldError("children", "an array", _children)
        children = []
        for _children_index, children_item_data in enumerate(_children):
            try:
                children_item = children_item_data
                if not isinstance(children_item, str):
                    raise FieldError("children_item", "a string", children_item)

            except PARSE_ERRORS as _children_error:
                raise within(
                    ("children", _children_index), _children_error, "children_item"
                ) from _children_error
            children.append(children_item)

        reorder_children = cls(
            xblock_id=xblock_id,
            children=children,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        reorder_children.additional_properties = additional_properties
        return reorder_children

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
