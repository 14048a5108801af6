from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "display_name": "displayName",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

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
            schemas = []
            for schemas_item_data in _schemas:
                schemas_item = schemas_item_data
                if not isinstance(schemas_item, str):
                    raise TypeError(
                        f"schemas_item: expected a string, got {type(schemas_item).__name__}"
                    )

                schemas.append(schemas_item)

        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        display_name = d.pop("displayName", UNSET)
        if not isinstance(display_name, (str, Unset)):
            raise TypeError(f"displayName: expected a string, got {type(display_name).__name__}")

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        _members = d.pop("members", UNSET)
        members: list[PatchedSCIMGroupMembersItem] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = PatchedSCIMGroupMembersItem.from_dict(members_item_data)

                members.append(members_item)

        _meta = d.pop("meta", UNSET)
        meta: SCIMMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SCIMMeta.from_dict(_meta)

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
