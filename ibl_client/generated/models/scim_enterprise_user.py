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
    from ..models.scim_enterprise_user_departments_item import SCIMEnterpriseUserDepartmentsItem
    from ..models.scim_enterprise_user_groups_item import SCIMEnterpriseUserGroupsItem
    from ..models.scim_enterprise_user_platforms_item import SCIMEnterpriseUserPlatformsItem
    from ..models.scim_enterprise_user_rbac_groups_item import SCIMEnterpriseUserRbacGroupsItem


T = TypeVar("T", bound="SCIMEnterpriseUser")


@_attrs_define
class SCIMEnterpriseUser:
    """SCIM enterprise user extension serializer"""

    edx_data: Any | Unset = UNSET
    """ edX user data """
    user_data: Any | Unset = UNSET
    """ User metadata """
    departments: list[SCIMEnterpriseUserDepartmentsItem] | Unset = UNSET
    """ List of department memberships """
    groups: list[SCIMEnterpriseUserGroupsItem] | Unset = UNSET
    """ List of group memberships """
    rbac_groups: list[SCIMEnterpriseUserRbacGroupsItem] | Unset = UNSET
    """ List of RBAC groups the user belongs to """
    platforms: list[SCIMEnterpriseUserPlatformsItem] | Unset = UNSET
    """ List of platforms the user has access to """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        edx_data = self.edx_data

        user_data = self.user_data

        departments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = []
            for departments_item_data in self.departments:
                departments_item = departments_item_data.to_dict()
                departments.append(departments_item)

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        rbac_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rbac_groups, Unset):
            rbac_groups = []
            for rbac_groups_item_data in self.rbac_groups:
                rbac_groups_item = rbac_groups_item_data.to_dict()
                rbac_groups.append(rbac_groups_item)

        platforms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = []
            for platforms_item_data in self.platforms:
                platforms_item = platforms_item_data.to_dict()
                platforms.append(platforms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if edx_data is not UNSET:
            field_dict["edxData"] = edx_data
        if user_data is not UNSET:
            field_dict["userData"] = user_data
        if departments is not UNSET:
            field_dict["departments"] = departments
        if groups is not UNSET:
            field_dict["groups"] = groups
        if rbac_groups is not UNSET:
            field_dict["rbacGroups"] = rbac_groups
        if platforms is not UNSET:
            field_dict["platforms"] = platforms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_enterprise_user_departments_item import SCIMEnterpriseUserDepartmentsItem  # noqa: PLC0415
        from ..models.scim_enterprise_user_groups_item import SCIMEnterpriseUserGroupsItem  # noqa: PLC0415
        from ..models.scim_enterprise_user_platforms_item import SCIMEnterpriseUserPlatformsItem  # noqa: PLC0415
        from ..models.scim_enterprise_user_rbac_groups_item import SCIMEnterpriseUserRbacGroupsItem  # noqa: PLC0415

        d = dict(src_dict)
        edx_data = d.pop("edxData", UNSET)

        user_data = d.pop("userData", UNSET)

        _departments = d.pop("departments", UNSET)
        departments: list[SCIMEnterpriseUserDepartmentsItem] | Unset = UNSET
        if _departments is not UNSET:
            if not isinstance(_departments, list):
                raise FieldError("departments", "an array", _departments)
            departments = []
            for _departments_index, departments_item_data in enumerate(_departments):
                try:
                    departments_item = nested(
                        "departments_item", SCIMEnterpriseUserDepartmentsItem, departments_item_data
                    )

                except PARSE_ERRORS as _departments_error:
                    raise within(
                        ("departments", _departments_index), _departments_error, "departments_item"
                    ) from _departments_error
                departments.append(departments_item)

        _groups = d.pop("groups", UNSET)
        groups: list[SCIMEnterpriseUserGroupsItem] | Unset = UNSET
        if _groups is not UNSET:
            if not isinstance(_groups, list):
                raise FieldError("groups", "an array", _groups)
            groups = []
            for _groups_index, groups_item_data in enumerate(_groups):
                try:
                    groups_item = nested(
                        "groups_item", SCIMEnterpriseUserGroupsItem, groups_item_data
                    )

                except PARSE_ERRORS as _groups_error:
                    raise within(
                        ("groups", _groups_index), _groups_error, "groups_item"
                    ) from _groups_error
                groups.append(groups_item)

        _rbac_groups = d.pop("rbacGroups", UNSET)
        rbac_groups: list[SCIMEnterpriseUserRbacGroupsItem] | Unset = UNSET
        if _rbac_groups is not UNSET:
            if not isinstance(_rbac_groups, list):
                raise FieldError("rbacGroups", "an array", _rbac_groups)
            rbac_groups = []
            for _rbac_groups_index, rbac_groups_item_data in enumerate(_rbac_groups):
                try:
                    rbac_groups_item = nested(
                        "rbacGroups_item", SCIMEnterpriseUserRbacGroupsItem, rbac_groups_item_data
                    )

                except PARSE_ERRORS as _rbac_groups_error:
                    raise within(
                        ("rbacGroups", _rbac_groups_index), _rbac_groups_error, "rbacGroups_item"
                    ) from _rbac_groups_error
                rbac_groups.append(rbac_groups_item)

        _platforms = d.pop("platforms", UNSET)
        platforms: list[SCIMEnterpriseUserPlatformsItem] | Unset = UNSET
        if _platforms is not UNSET:
            if not isinstance(_platforms, list):
                raise FieldError("platforms", "an array", _platforms)
            platforms = []
            for _platforms_index, platforms_item_data in enumerate(_platforms):
                try:
                    platforms_item = nested(
                        "platforms_item", SCIMEnterpriseUserPlatformsItem, platforms_item_data
                    )

                except PARSE_ERRORS as _platforms_error:
                    raise within(
                        ("platforms", _platforms_index), _platforms_error, "platforms_item"
                    ) from _platforms_error
                platforms.append(platforms_item)

        scim_enterprise_user = cls(
            edx_data=edx_data,
            user_data=user_data,
            departments=departments,
            groups=groups,
            rbac_groups=rbac_groups,
            platforms=platforms,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        scim_enterprise_user.additional_properties = additional_properties
        return scim_enterprise_user

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
