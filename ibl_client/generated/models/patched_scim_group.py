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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_scim_group_members_item import PatchedSCIMGroupMembersItem
    from ..models.scim_meta import SCIMMeta


T = TypeVar("T", bound="PatchedSCIMGroup")


@_attrs_define
class PatchedSCIMGroup:
    """SCIM group serializer for RBAC group management"""

    schemas: list[str] | Unset = UNSET
    """ SCIM schema identifiers """
    id: str | Unset = UNSET
    """ RBAC group unique ID (must match existing RBAC group) """
    display_name: str | Unset = UNSET
    """ RBAC group display name """
    description: str | Unset = UNSET
    """ RBAC group description """
    members: list[PatchedSCIMGroupMembersItem] | Unset = UNSET
    """ Users to add/remove from the RBAC group """
    meta: SCIMMeta | Unset = UNSET
    """ SCIM meta object serializer """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas: list[str] | Unset = UNSET
        if not isinstance(self.schemas, Unset):
            schemas = self.schemas

        id = self.id

        display_name = self.display_name

        description = self.description

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schemas is not UNSET:
            field_dict["schemas"] = schemas
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if members is not UNSET:
            field_dict["members"] = members
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_scim_group_members_item import PatchedSCIMGroupMembersItem  # noqa: PLC0415
        from ..models.scim_meta import SCIMMeta  # noqa: PLC0415

        d = dict(src_dict)
        _schemas = d.pop("schemas", UNSET)
        schemas: list[str] | Unset = UNSET
        if _schemas is not UNSET:
            if not isinstance(_schemas, list):
                raise FieldError("schemas", "an array", _schemas)
            schemas = []
            for _schemas_index, schemas_item_data in enumerate(_schemas):
                try:
                    schemas_item = schemas_item_data
                    if not isinstance(schemas_item, str):
                        raise FieldError("schemas_item", "a string", schemas_item)

                except PARSE_ERRORS as _schemas_error:
                    raise within(
                        ("schemas", _schemas_index), _schemas_error, "schemas_item"
                    ) from _schemas_error
                schemas.append(schemas_item)

        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise FieldError("id", "a string", id)

        display_name = d.pop("displayName", UNSET)
        if not isinstance(display_name, (str, Unset)):
            raise FieldError("displayName", "a string", display_name)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        _members = d.pop("members", UNSET)
        members: list[PatchedSCIMGroupMembersItem] | Unset = UNSET
        if _members is not UNSET:
            if not isinstance(_members, list):
                raise FieldError("members", "an array", _members)
            members = []
            for _members_index, members_item_data in enumerate(_members):
                try:
                    members_item = nested(
                        "members_item", PatchedSCIMGroupMembersItem, members_item_data
                    )

                except PARSE_ERRORS as _members_error:
                    raise within(
                        ("members", _members_index), _members_error, "members_item"
                    ) from _members_error
                members.append(members_item)

        _meta = d.pop("meta", UNSET)
        meta: SCIMMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = nested("meta", SCIMMeta, _meta)

        patched_scim_group = cls(
            schemas=schemas,
            id=id,
            display_name=display_name,
            description=description,
            members=members,
            meta=meta,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_scim_group.additional_properties = additional_properties
        return patched_scim_group

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
