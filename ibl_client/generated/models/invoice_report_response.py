from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    nested,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_period import BillingPeriod
    from ..models.breakdown import Breakdown
    from ..models.entity import Entity
    from ..models.summary import Summary


T = TypeVar("T", bound="InvoiceReportResponse")


@_attrs_define
class InvoiceReportResponse:
    """Complete invoice report response."""

    entity: Entity
    """ Entity information for the invoice. """
    billing_period: BillingPeriod
    """ Billing period information. """
    summary: Summary
    """ Summary metrics for the invoice. """
    breakdown: Breakdown | Unset = UNSET
    """ Detailed breakdown of costs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.to_dict()

        billing_period = self.billing_period.to_dict()

        summary = self.summary.to_dict()

        breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.breakdown, Unset):
            breakdown = self.breakdown.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "billing_period": billing_period,
                "summary": summary,
            }
        )
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_period import BillingPeriod  # noqa: PLC0415
        from ..models.breakdown import Breakdown  # noqa: PLC0415
        from ..models.entity import Entity  # noqa: PLC0415
        from ..models.summary import Summary  # noqa: PLC0415

        d = dict(src_dict)
        entity = nested("entity", Entity, d.pop("entity"))

        billing_period = nested("billing_period", BillingPeriod, d.pop("billing_period"))

        summary = nested("summary", Summary, d.pop("summary"))

        _breakdown = d.pop("breakdown", UNSET)
        breakdown: Breakdown | Unset
        if isinstance(_breakdown, Unset):
            breakdown = UNSET
        else:
            breakdown = nested("breakdown", Breakdown, _breakdown)

        invoice_report_response = cls(
            entity=entity,
            billing_period=billing_period,
            summary=summary,
            breakdown=breakdown,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        invoice_report_response.additional_properties = additional_properties
        return invoice_report_response

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
