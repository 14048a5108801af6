from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        pathway_id = d.pop("pathway_id")
        if not isinstance(pathway_id, str):
            raise TypeError(f"pathway_id: expected a string, got {type(pathway_id).__name__}")

        pathway_uuid = d.pop("pathway_uuid")
        if not isinstance(pathway_uuid, str):
            raise TypeError(f"pathway_uuid: expected a string, got {type(pathway_uuid).__name__}")

        user_id = d.pop("user_id")
        if not isinstance(user_id, str):
            raise TypeError(f"user_id: expected a string, got {type(user_id).__name__}")

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        email = d.pop("email", UNSET)
        if not isinstance(email, (str, Unset)):
            raise TypeError(f"email: expected a string, got {type(email).__name__}")

        accepted = d.pop("accepted", UNSET)
        if not isinstance(accepted, (bool, Unset)):
            raise TypeError(f"accepted: expected a boolean, got {type(accepted).__name__}")

        visible = d.pop("visible", UNSET)
        if not isinstance(visible, (bool, Unset)):
            raise TypeError(f"visible: expected a boolean, got {type(visible).__name__}")

        _metadata = d.pop("metadata", UNSET)
        metadata: PathwaySuggestionCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PathwaySuggestionCreateMetadata.from_dict(_metadata)

        suggested_by = d.pop("suggested_by", UNSET)
        if not isinstance(suggested_by, (str, Unset)):
            raise TypeError(f"suggested_by: expected a string, got {type(suggested_by).__name__}")

        direct = d.pop("direct", UNSET)
        if not isinstance(direct, (bool, Unset)):
            raise TypeError(f"direct: expected a boolean, got {type(direct).__name__}")

        department_mode = d.pop("department_mode", UNSET)
        if not isinstance(department_mode, (bool, Unset)):
            raise TypeError(
                f"department_mode: expected a boolean, got {type(department_mode).__name__}"
            )

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
