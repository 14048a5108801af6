from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                name_type_0 = data
                if not isinstance(name_type_0, str):
                    raise TypeError(
                        f"name_type_0: expected a string, got {type(name_type_0).__name__}"
                    )

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            name_type_1 = data

            return name_type_1

        name = _parse_name(d.pop("name"))

        platform = RbacPlatform.from_dict(d.pop("platform"))

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        owner = RbacUser.from_dict(d.pop("owner"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                description_type_0 = data
                if not isinstance(description_type_0, str):
                    raise TypeError(
                        f"description_type_0: expected a string, got {type(description_type_0).__name__}"
                    )

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            description_type_1 = data

            return description_type_1

        description = _parse_description(d.pop("description", UNSET))

        _users_to_set = d.pop("users_to_set", UNSET)
        users_to_set: list[int] | Unset = UNSET
        if _users_to_set is not UNSET:
            users_to_set = []
            for users_to_set_item_data in _users_to_set:
                users_to_set_item = users_to_set_item_data
                if (
                    not isinstance(users_to_set_item, int)
                    or users_to_set_item is True
                    or users_to_set_item is False
                ):
                    raise TypeError(
                        f"users_to_set_item: expected an integer, got {type(users_to_set_item).__name__}"
                    )

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
