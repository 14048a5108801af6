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
    from ..models.rbac_platform import RbacPlatform
    from ..models.rbac_user import RbacUser


T = TypeVar("T", bound="UserGroup")


@_attrs_define
class UserGroup:
    """Serializer for UserGroups."""

    id: int
    name: None | str
    """ Group display name """
    platform: RbacPlatform
    """ Serializer for platforms. """
    platform_key: str
    """ The platform key """
    owner: RbacUser
    """ Serializer for users. """
    description: None | str | Unset = UNSET
    """ Group description """
    users_to_set: list[int] | Unset = UNSET
    """ List of user IDs to set in this group (replaces all existing users) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        platform = self.platform.to_dict()

        platform_key = self.platform_key

        owner = self.owner.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        users_to_set: list[int] | Unset = UNSET
        if not isinstance(self.users_to_set, Unset):
            users_to_set = self.users_to_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "platform": platform,
                "platform_key": platform_key,
                "owner": owner,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if users_to_set is not UNSET:
            field_dict["users_to_set"] = users_to_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rbac_platform import RbacPlatform  # noqa: PLC0415
        from ..models.rbac_user import RbacUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name"))

        platform = nested("platform", RbacPlatform, d.pop("platform"))

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        owner = nested("owner", RbacUser, d.pop("owner"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        _users_to_set = d.pop("users_to_set", UNSET)
        users_to_set: list[int] | Unset = UNSET
        if _users_to_set is not UNSET:
            if not isinstance(_users_to_set, list):
                raise FieldError("users_to_set", "an array", _users_to_set)
            users_to_set = []
            for _users_to_set_index, users_to_set_item_data in enumerate(_users_to_set):
                try:
                    users_to_set_item = users_to_set_item_data
                    if (
                        not isinstance(users_to_set_item, int)
                        or users_to_set_item is True
                        or users_to_set_item is False
                    ):
                        raise FieldError("users_to_set_item", "an integer", users_to_set_item)

                except PARSE_ERRORS as _users_to_set_error:
                    raise within(
                        ("users_to_set", _users_to_set_index),
                        _users_to_set_error,
                        "users_to_set_item",
                    ) from _users_to_set_error
                users_to_set.append(users_to_set_item)

        user_group = cls(
            id=id,
            name=name,
            platform=platform,
            platform_key=platform_key,
            owner=owner,
            description=description,
            users_to_set=users_to_set,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_group.additional_properties = additional_properties
        return user_group

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
