from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pathway_suggestion_create_metadata import PathwaySuggestionCreateMetadata


T = TypeVar("T", bound="PathwaySuggestionCreate")


@_attrs_define
class PathwaySuggestionCreate:
    """Request serializer for PathwaySuggestionManagementView POST endpoint"""

    platform_key: str
    """ The platform for the suggestion """
    pathway_id: str
    """ The pathway ID to suggest """
    pathway_uuid: str
    """ The pathway UUID to suggest """
    user_id: str
    """ The user to suggest the pathway to """
    username: str | Unset = UNSET
    """ The username of the user to suggest the pathway to """
    email: str | Unset = UNSET
    """ The email of the user to suggest the pathway to """
    accepted: bool | Unset = UNSET
    """ Whether the suggestion is accepted """
    visible: bool | Unset = UNSET
    """ Whether the suggestion is visible """
    metadata: PathwaySuggestionCreateMetadata | Unset = UNSET
    """ Additional suggestion metadata """
    suggested_by: str | Unset = UNSET
    """ The user who suggested the pathway """
    direct: bool | Unset = UNSET
    """ Whether the suggestion is direct """
    department_mode: bool | Unset = UNSET
    """ Flag to ensure department admins can call the API """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        pathway_id = self.pathway_id

        pathway_uuid = self.pathway_uuid

        user_id = self.user_id

        username = self.username

        email = self.email

        accepted = self.accepted

        visible = self.visible

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        suggested_by = self.suggested_by

        direct = self.direct

        department_mode = self.department_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "pathway_id": pathway_id,
                "pathway_uuid": pathway_uuid,
                "user_id": user_id,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if visible is not UNSET:
            field_dict["visible"] = visible
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if suggested_by is not UNSET:
            field_dict["suggested_by"] = suggested_by
        if direct is not UNSET:
            field_dict["direct"] = direct
        if department_mode is not UNSET:
            field_dict["department_mode"] = department_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pathway_suggestion_create_metadata import PathwaySuggestionCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        pathway_id = d.pop("pathway_id")
        if not isinstance(pathway_id, str):
            raise FieldError("pathway_id", "a string", pathway_id)

        pathway_uuid = d.pop("pathway_uuid")
        if not isinstance(pathway_uuid, str):
            raise FieldError("pathway_uuid", "a string", pathway_uuid)

        user_id = d.pop("user_id")
        if not isinstance(user_id, str):
            raise FieldError("user_id", "a string", user_id)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        email = d.pop("email", UNSET)
        if not isinstance(email, (str, Unset)):
            raise FieldError("email", "a string", email)

        accepted = d.pop("accepted", UNSET)
        if not isinstance(accepted, (bool, Unset)):
            raise FieldError("accepted", "a boolean", accepted)

        visible = d.pop("visible", UNSET)
        if not isinstance(visible, (bool, Unset)):
            raise FieldError("visible", "a boolean", visible)

        _metadata = d.pop("metadata", UNSET)
        metadata: PathwaySuggestionCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", PathwaySuggestionCreateMetadata, _metadata)

        suggested_by = d.pop("suggested_by", UNSET)
        if not isinstance(suggested_by, (str, Unset)):
            raise FieldError("suggested_by", "a string", suggested_by)

        direct = d.pop("direct", UNSET)
        if not isinstance(direct, (bool, Unset)):
            raise FieldError("direct", "a boolean", direct)

        department_mode = d.pop("department_mode", UNSET)
        if not isinstance(department_mode, (bool, Unset)):
            raise FieldError("department_mode", "a boolean", department_mode)

        pathway_suggestion_create = cls(
            platform_key=platform_key,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            user_id=user_id,
            username=username,
            email=email,
            accepted=accepted,
            visible=visible,
            metadata=metadata,
            suggested_by=suggested_by,
            direct=direct,
            department_mode=department_mode,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pathway_suggestion_create.additional_properties = additional_properties
        return pathway_suggestion_create

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
