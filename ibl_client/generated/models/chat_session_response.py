from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_uuid,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact import Artifact
    from ..models.tool_response import ToolResponse


T = TypeVar("T", bound="ChatSessionResponse")


@_attrs_define
class ChatSessionResponse:
    session_id: UUID
    tools: list[ToolResponse]
    artifacts: list[Artifact]
    enable_artifacts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = str(self.session_id)

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        artifacts = []
        for artifacts_item_data in self.artifacts:
            artifacts_item = artifacts_item_data.to_dict()
            artifacts.append(artifacts_item)

        enable_artifacts = self.enable_artifacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "tools": tools,
                "artifacts": artifacts,
            }
        )
        if enable_artifacts is not UNSET:
            field_dict["enable_artifacts"] = enable_artifacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact import Artifact  # noqa: PLC0415
        from ..models.tool_response import ToolResponse  # noqa: PLC0415

        d = dict(src_dict)
        session_id = parse_uuid("session_id", d.pop("session_id"))

        _tools = d.pop("tools")
        if not isinstance(_tools, list):
            raise FieldError("tools", "an array", _tools)
        tools = []
        for _tools_index, tools_item_data in enumerate(_tools):
            try:
                tools_item = nested("tools_item", ToolResponse, tools_item_data)

            except PARSE_ERRORS as _tools_error:
                raise within(("tools", _tools_index), _tools_error, "tools_item") from _tools_error
            tools.append(tools_item)

        _artifacts = d.pop("artifacts")
        if not isinstance(_artifacts, list):
            raise FieldError("artifacts", "an array", _artifacts)
        artifacts = []
        for _artifacts_index, artifacts_item_data in enumerate(_artifacts):
            try:
                artifacts_item = nested("artifacts_item", Artifact, artifacts_item_data)

            except PARSE_ERRORS as _artifacts_error:
                raise within(
                    ("artifacts", _artifacts_index), _artifacts_error, "artifacts_item"
                ) from _artifacts_error
            artifacts.append(artifacts_item)

        enable_artifacts = d.pop("enable_artifacts", UNSET)
        if not isinstance(enable_artifacts, (bool, Unset)):
            raise FieldError("enable_artifacts", "a boolean", enable_artifacts)

        chat_session_response = cls(
            session_id=session_id,
            tools=tools,
            artifacts=artifacts,
            enable_artifacts=enable_artifacts,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        chat_session_response.additional_properties = additional_properties
        return chat_session_response

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
