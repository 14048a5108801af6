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
    from ..models.verify_gcp_market_place_failed_response_google import (
        VerifyGCPMarketPlaceFailedResponseGoogle,
    )


T = TypeVar("T", bound="VerifyGCPMarketPlaceFailedResponse")


@_attrs_define
class VerifyGCPMarketPlaceFailedResponse:
    redirect_to: str
    sub: str | Unset = UNSET
    aud: str | Unset = UNSET
    iat: str | Unset = UNSET
    exp: str | Unset = UNSET
    google: VerifyGCPMarketPlaceFailedResponseGoogle | Unset = UNSET
    iss: str | Unset = UNSET
    message: str | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redirect_to = self.redirect_to

        sub = self.sub

        aud = self.aud

        iat = self.iat

        exp = self.exp

        google: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google, Unset):
            google = self.google.to_dict()

        iss = self.iss

        message = self.message

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redirect_to": redirect_to,
            }
        )
        if sub is not UNSET:
            field_dict["sub"] = sub
        if aud is not UNSET:
            field_dict["aud"] = aud
        if iat is not UNSET:
            field_dict["iat"] = iat
        if exp is not UNSET:
            field_dict["exp"] = exp
        if google is not UNSET:
            field_dict["google"] = google
        if iss is not UNSET:
            field_dict["iss"] = iss
        if message is not UNSET:
            field_dict["message"] = message
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verify_gcp_market_place_failed_response_google import (
            VerifyGCPMarketPlaceFailedResponseGoogle,  # noqa: PLC0415
        )

        d = dict(src_dict)
        redirect_to = d.pop("redirect_to")
        if not isinstance(redirect_to, str):
            raise FieldError("redirect_to", "a string", redirect_to)

        sub = d.pop("sub", UNSET)
        if not isinstance(sub, (str, Unset)):
            raise FieldError("sub", "a string", sub)

        aud = d.pop("aud", UNSET)
        if not isinstance(aud, (str, Unset)):
            raise FieldError("aud", "a string", aud)

        iat = d.pop("iat", UNSET)
        if not isinstance(iat, (str, Unset)):
            raise FieldError("iat", "a string", iat)

        exp = d.pop("exp", UNSET)
        if not isinstance(exp, (str, Unset)):
            raise FieldError("exp", "a string", exp)

        _google = d.pop("google", UNSET)
        google: VerifyGCPMarketPlaceFailedResponseGoogle | Unset
        if isinstance(_google, Unset):
            google = UNSET
        else:
            google = nested("google", VerifyGCPMarketPlaceFailedResponseGoogle, _google)

        iss = d.pop("iss", UNSET)
        if not isinstance(iss, (str, Unset)):
            raise FieldError("iss", "a string", iss)

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            raise FieldError("message", "a string", message)

        success = d.pop("success", UNSET)
        if not isinstance(success, (bool, Unset)):
            raise FieldError("success", "a boolean", success)

        verify_gcp_market_place_failed_response = cls(
            redirect_to=redirect_to,
            sub=sub,
            aud=aud,
            iat=iat,
            exp=exp,
            google=google,
            iss=iss,
            message=message,
            success=success,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        verify_gcp_market_place_failed_response.additional_properties = additional_properties
        return verify_gcp_market_place_failed_response

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
