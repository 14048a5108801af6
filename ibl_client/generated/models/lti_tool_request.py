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
    from ..models.lti_launch_gate import LtiLaunchGate


T = TypeVar("T", bound="LtiToolRequest")


@_attrs_define
class LtiToolRequest:
    title: str
    """ The title of the tool """
    issuer: str
    """ This value will look someting like https://example.com. Value provided by Lti 1.3 Platform. """
    client_id: str
    """ The client id provided by Lti 1.3 Platform """
    auth_login_url: str
    """ The Platforms OIDC Login endpoint. Value provided by LTI 1.3 Platform. """
    auth_token_url: str
    """ The Platforms OIDC Token endpoint. Value provided by LTI 1.3 Platform. """
    tool_key: int
    """ Reference to Lti Tool """
    deployment_ids: list[str]
    """ List of deployment ids. Example: ["1", "deployment-2"]. Value(s) provided by LTI 1.3 Platform. """
    platform_key: str
    launch_gate: LtiLaunchGate
    auth_audience: None | str | Unset = UNSET
    """ The platforms Oauth2 Audience (aud). Usually can be skipped. """
    key_set_url: None | str | Unset = UNSET
    """ The platforms JWKS endpoint. Value provided by LTI 1.3 Platform. """
    key_set: Any | Unset = UNSET
    """ In case Platform's JWKS endpoint is not available, you can provide the JWKS here. Value provided by LTI 1.3
    Platform. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        issuer = self.issuer

        client_id = self.client_id

        auth_login_url = self.auth_login_url

        auth_token_url = self.auth_token_url

        tool_key = self.tool_key

        deployment_ids = self.deployment_ids

        platform_key = self.platform_key

        launch_gate = self.launch_gate.to_dict()

        auth_audience: None | str | Unset
        if isinstance(self.auth_audience, Unset):
            auth_audience = UNSET
        else:
            auth_audience = self.auth_audience

        key_set_url: None | str | Unset
        if isinstance(self.key_set_url, Unset):
            key_set_url = UNSET
        else:
            key_set_url = self.key_set_url

        key_set = self.key_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "issuer": issuer,
                "client_id": client_id,
                "auth_login_url": auth_login_url,
                "auth_token_url": auth_token_url,
                "tool_key": tool_key,
                "deployment_ids": deployment_ids,
                "platform_key": platform_key,
                "launch_gate": launch_gate,
            }
        )
        if auth_audience is not UNSET:
            field_dict["auth_audience"] = auth_audience
        if key_set_url is not UNSET:
            field_dict["key_set_url"] = key_set_url
        if key_set is not UNSET:
            field_dict["key_set"] = key_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lti_launch_gate import LtiLaunchGate  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")
        if not isinstance(title, str):
            raise FieldError("title", "a string", title)

        issuer = d.pop("issuer")
        if not isinstance(issuer, str):
            raise FieldError("issuer", "a string", issuer)

        client_id = d.pop("client_id")
        if not isinstance(client_id, str):
            raise FieldError("client_id", "a string", client_id)

        auth_login_url = d.pop("auth_login_url")
        if not isinstance(auth_login_url, str):
            raise FieldError("auth_login_url", "a string", auth_login_url)

        auth_token_url = d.pop("auth_token_url")
        if not isinstance(auth_token_url, str):
            raise FieldError("auth_token_url", "a string", auth_token_url)

        tool_key = d.pop("tool_key")
        if not isinstance(tool_key, int) or tool_key is True or tool_key is False:
            raise FieldError("tool_key", "an integer", tool_key)

        _deployment_ids = d.pop("deployment_ids")
        if not isinstance(_deployment_ids, list):
            raise FieldError("deployment_ids", "an array", _deployment_ids)
        deployment_ids = []
        for _deployment_ids_index, deployment_ids_item_data in enumerate(_deployment_ids):
            try:
                deployment_ids_item = deployment_ids_item_data
                if not isinstance(deployment_ids_item, str):
                    raise FieldError("deployment_ids_item", "a string", deployment_ids_item)

            except PARSE_ERRORS as _deployment_ids_error:
                raise within(
                    ("deployment_ids", _deployment_ids_index),
                    _deployment_ids_error,
                    "deployment_ids_item",
                ) from _deployment_ids_error
            deployment_ids.append(deployment_ids_item)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        launch_gate = nested("launch_gate", LtiLaunchGate, d.pop("launch_gate"))

        def _parse_auth_audience(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("auth_audience", "a string or null", data)

        auth_audience = _parse_auth_audience(d.pop("auth_audience", UNSET))

        def _parse_key_set_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("key_set_url", "a string or null", data)

        key_set_url = _parse_key_set_url(d.pop("key_set_url", UNSET))

        key_set = d.pop("key_set", UNSET)

        lti_tool_request = cls(
            title=title,
            issuer=issuer,
            client_id=client_id,
            auth_login_url=auth_login_url,
            auth_token_url=auth_token_url,
            tool_key=tool_key,
            deployment_ids=deployment_ids,
            platform_key=platform_key,
            launch_gate=launch_gate,
            auth_audience=auth_audience,
            key_set_url=key_set_url,
            key_set=key_set,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        lti_tool_request.additional_properties = additional_properties
        return lti_tool_request

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
