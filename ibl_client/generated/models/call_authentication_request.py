from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallAuthenticationRequest")


@_attrs_define
class CallAuthenticationRequest:
    """Serializer for IBL Call Pro authentication request."""

    session_id: str
    """ The ID of the session for the call """
    pathway: str
    """ The pathway identifier for the call context """
    enable_video: bool | Unset = UNSET
    """ Whether to enable video during the call. Required for screensharing and video calls to work. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        pathway = self.pathway

        enable_video = self.enable_video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "pathway": pathway,
            }
        )
        if enable_video is not UNSET:
            field_dict["enable_video"] = enable_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("session_id")
        if not isinstance(session_id, str):
            raise FieldError("session_id", "a string", session_id)

        pathway = d.pop("pathway")
        if not isinstance(pathway, str):
            raise FieldError("pathway", "a string", pathway)

        enable_video = d.pop("enable_video", UNSET)
        if not isinstance(enable_video, (bool, Unset)):
            raise FieldError("enable_video", "a boolean", enable_video)

        call_authentication_request = cls(
            session_id=session_id,
            pathway=pathway,
            enable_video=enable_video,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        call_authentication_request.additional_properties = additional_properties
        return call_authentication_request

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
