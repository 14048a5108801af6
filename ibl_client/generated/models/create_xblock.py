from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.xblock_type_enum import XblockTypeEnum, check_xblock_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateXblock")


@_attrs_define
class CreateXblock:
    """Validate input for creating an xblock under a parent."""

    parent_xblock_id: str
    """ The xblock locator of the parent block. """
    xblock_type: XblockTypeEnum
    """ * `section` - section
    * `subsection` - subsection
    * `unit` - unit
    * `html` - html
    * `problem` - problem
    * `video` - video """
    display_name: str
    """ Display name for the new block. """
    position: str | Unset = UNSET
    """ Position within the parent ('first', 'last', or a 1-based index). """
    content: str | Unset = UNSET
    """ HTML content body. Only used for html/problem component types. """
    markdown: str | Unset = UNSET
    """ Markdown source. Only used for problem (multiplechoice) components. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_xblock_id = self.parent_xblock_id

        xblock_type: str = self.xblock_type

        display_name = self.display_name

        position = self.position

        content = self.content

        markdown = self.markdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parent_xblock_id": parent_xblock_id,
                "xblock_type": xblock_type,
                "display_name": display_name,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
        if content is not UNSET:
            field_dict["content"] = content
        if markdown is not UNSET:
            field_dict["markdown"] = markdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_xblock_id = d.pop("parent_xblock_id")
        if not isinstance(parent_xblock_id, str):
            raise FieldError("parent_xblock_id", "a string", parent_xblock_id)

        xblock_type = check_xblock_type_enum(d.pop("xblock_type"), "xblock_type")

        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise FieldError("display_name", "a string", display_name)

        position = d.pop("position", UNSET)
        if not isinstance(position, (str, Unset)):
            raise FieldError("position", "a string", position)

        content = d.pop("content", UNSET)
        if not isinstance(content, (str, Unset)):
            raise FieldError("content", "a string", content)

        markdown = d.pop("markdown", UNSET)
        if not isinstance(markdown, (str, Unset)):
            raise FieldError("markdown", "a string", markdown)

        create_xblock = cls(
            parent_xblock_id=parent_xblock_id,
            xblock_type=xblock_type,
            display_name=display_name,
            position=position,
            content=content,
            markdown=markdown,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        create_xblock.additional_properties = additional_properties
        return create_xblock

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
