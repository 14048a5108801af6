from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.acceptance_enum import AcceptanceEnum, check_acceptance_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssertionRequest")


@_attrs_define
class AssertionRequest:
    entity_id: str
    issued_on: str
    revocation_reason: str
    expires: str
    metadata: Any | Unset = UNSET
    narrative: None | str | Unset = UNSET
    revoked: bool | Unset = UNSET
    acceptance: AcceptanceEnum | Unset = UNSET
    """ * `Unaccepted` - Unaccepted
    * `Accepted` - Accepted
    * `Rejected` - Rejected """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "entity_id": "entityId",
        "issued_on": "issuedOn",
        "revocation_reason": "revocationReason",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        issued_on = self.issued_on

        revocation_reason = self.revocation_reason

        expires = self.expires

        metadata = self.metadata

        narrative: None | str | Unset
        if isinstance(self.narrative, Unset):
            narrative = UNSET
        else:
            narrative = self.narrative

        revoked = self.revoked

        acceptance: str | Unset = UNSET
        if not isinstance(self.acceptance, Unset):
            acceptance = self.acceptance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityId": entity_id,
                "issuedOn": issued_on,
                "revocationReason": revocation_reason,
                "expires": expires,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if narrative is not UNSET:
            field_dict["narrative"] = narrative
        if revoked is not UNSET:
            field_dict["revoked"] = revoked
        if acceptance is not UNSET:
            field_dict["acceptance"] = acceptance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_id = d.pop("entityId")
        if not isinstance(entity_id, str):
            raise TypeError(f"entityId: expected a string, got {type(entity_id).__name__}")

        issued_on = d.pop("issuedOn")
        if not isinstance(issued_on, str):
            raise TypeError(f"issuedOn: expected a string, got {type(issued_on).__name__}")

        revocation_reason = d.pop("revocationReason")
        if not isinstance(revocation_reason, str):
            raise TypeError(
                f"revocationReason: expected a string, got {type(revocation_reason).__name__}"
            )

        expires = d.pop("expires")
        if not isinstance(expires, str):
            raise TypeError(f"expires: expected a string, got {type(expires).__name__}")

        metadata = d.pop("metadata", UNSET)

        def _parse_narrative(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                narrative_type_0 = data
                if not isinstance(narrative_type_0, str):
                    raise TypeError(
                        f"narrative_type_0: expected a string, got {type(narrative_type_0).__name__}"
                    )

                return narrative_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            narrative_type_1 = data

            return narrative_type_1

        narrative = _parse_narrative(d.pop("narrative", UNSET))

        revoked = d.pop("revoked", UNSET)
        if not isinstance(revoked, (bool, Unset)):
            raise TypeError(f"revoked: expected a boolean, got {type(revoked).__name__}")

        _acceptance = d.pop("acceptance", UNSET)
        acceptance: AcceptanceEnum | Unset
        if isinstance(_acceptance, Unset):
            acceptance = UNSET
        else:
            acceptance = check_acceptance_enum(_acceptance)

        assertion_request = cls(
            entity_id=entity_id,
            issued_on=issued_on,
            revocation_reason=revocation_reason,
            expires=expires,
            metadata=metadata,
            narrative=narrative,
            revoked=revoked,
            acceptance=acceptance,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        assertion_request.additional_properties = additional_properties
        return assertion_request

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
