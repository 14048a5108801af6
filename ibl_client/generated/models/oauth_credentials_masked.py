from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthCredentialsMasked")


@_attrs_define
class OauthCredentialsMasked:
    id: int
    name: str
    is_global: bool
    client_id: str
    client_secret: None | str | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    redirect_uris: list[str] | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_global = self.is_global

        client_id = self.client_id

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        redirect_uris: list[str] | None | Unset
        if isinstance(self.redirect_uris, Unset):
            redirect_uris = UNSET
        elif isinstance(self.redirect_uris, list):
            redirect_uris = self.redirect_uris

        else:
            redirect_uris = self.redirect_uris

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "is_global": is_global,
                "client_id": client_id,
            }
        )
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        is_global = d.pop("is_global")
        if not isinstance(is_global, bool):
            raise FieldError("is_global", "a boolean", is_global)

        client_id = d.pop("client_id")
        if not isinstance(client_id, str):
            raise FieldError("client_id", "a string", client_id)

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("client_secret", "a string or null", data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        def _parse_scopes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, list):
                try:
                    _scopes_type_0 = data
                    if not isinstance(_scopes_type_0, list):
                        raise FieldError("scopes_type_0", "an array", _scopes_type_0)
                    scopes_type_0 = []
                    for _scopes_type_0_index, scopes_type_0_item_data in enumerate(_scopes_type_0):
                        try:
                            scopes_type_0_item = scopes_type_0_item_data
                            if not isinstance(scopes_type_0_item, str):
                                raise FieldError(
                                    "scopes_type_0_item", "a string", scopes_type_0_item
                                )

                        except PARSE_ERRORS as _scopes_type_0_error:
                            raise within(
                                ("scopes_type_0", _scopes_type_0_index),
                                _scopes_type_0_error,
                                "scopes_type_0_item",
                            ) from _scopes_type_0_error
                        scopes_type_0.append(scopes_type_0_item)

                    return scopes_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("scopes", member_error, "scopes_type_0"))
            if error is not None:
                raise error
            raise FieldError("scopes", "an array or null", data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        def _parse_redirect_uris(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, list):
                try:
                    _redirect_uris_type_0 = data
                    if not isinstance(_redirect_uris_type_0, list):
                        raise FieldError("redirect_uris_type_0", "an array", _redirect_uris_type_0)
                    redirect_uris_type_0 = []
                    for _redirect_uris_type_0_index, redirect_uris_type_0_item_data in enumerate(
                        _redirect_uris_type_0
                    ):
                        try:
                            redirect_uris_type_0_item = redirect_uris_type_0_item_data
                            if not isinstance(redirect_uris_type_0_item, str):
                                raise FieldError(
                                    "redirect_uris_type_0_item",
                                    "a string",
                                    redirect_uris_type_0_item,
                                )

                        except PARSE_ERRORS as _redirect_uris_type_0_error:
                            raise within(
                                ("redirect_uris_type_0", _redirect_uris_type_0_index),
                                _redirect_uris_type_0_error,
                                "redirect_uris_type_0_item",
                            ) from _redirect_uris_type_0_error
                        redirect_uris_type_0.append(redirect_uris_type_0_item)

                    return redirect_uris_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("redirect_uris", member_error, "redirect_uris_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("redirect_uris", "an array or null", data)

        redirect_uris = _parse_redirect_uris(d.pop("redirect_uris", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("url", "a string or null", data)

        url = _parse_url(d.pop("url", UNSET))

        oauth_credentials_masked = cls(
            id=id,
            name=name,
            is_global=is_global,
            client_id=client_id,
            client_secret=client_secret,
            scopes=scopes,
            redirect_uris=redirect_uris,
            url=url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        oauth_credentials_masked.additional_properties = additional_properties
        return oauth_credentials_masked

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
