from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "edx_data": "edxData",
        "user_data": "userData",
        "rbac_groups": "rbacGroups",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

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
            departments = []
            for departments_item_data in _departments:
                departments_item = SCIMEnterpriseUserDepartmentsItem.from_dict(
                    departments_item_data
                )

                departments.append(departments_item)

        _groups = d.pop("groups", UNSET)
        groups: list[SCIMEnterpriseUserGroupsItem] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = SCIMEnterpriseUserGroupsItem.from_dict(groups_item_data)

                groups.append(groups_item)

        _rbac_groups = d.pop("rbacGroups", UNSET)
        rbac_groups: list[SCIMEnterpriseUserRbacGroupsItem] | Unset = UNSET
        if _rbac_groups is not UNSET:
            rbac_groups = []
            for rbac_groups_item_data in _rbac_groups:
                rbac_groups_item = SCIMEnterpriseUserRbacGroupsItem.from_dict(rbac_groups_item_data)

                rbac_groups.append(rbac_groups_item)

        _platforms = d.pop("platforms", UNSET)
        platforms: list[SCIMEnterpriseUserPlatformsItem] | Unset = UNSET
        if _platforms is not UNSET:
            platforms = []
            for platforms_item_data in _platforms:
                platforms_item = SCIMEnterpriseUserPlatformsItem.from_dict(platforms_item_data)

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
