from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.resource_delete_response_type import ResourceDeleteResponseType


T = TypeVar("T", bound="ResourceDeleteResponse")


@_attrs_define
class ResourceDeleteResponse:
    """Serializer for resource deletion response."""

    count: int
    """ Number of resources deleted """
    type_: ResourceDeleteResponseType
    """ Types of objects deleted """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_delete_response_type import ResourceDeleteResponseType  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        type_ = ResourceDeleteResponseType.from_dict(d.pop("type"))

        resource_delete_response = cls(
            count=count,
            type_=type_,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        resource_delete_response.additional_properties = additional_properties
        return resource_delete_response

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
