from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="PeriodicAgentStatistics")


@_attrs_define
class PeriodicAgentStatistics:
    total_tasks: int
    succeeded_tasks: int
    failed_tasks: int
    running_tasks: int
    pending_tasks: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_tasks = self.total_tasks

        succeeded_tasks = self.succeeded_tasks

        failed_tasks = self.failed_tasks

        running_tasks = self.running_tasks

        pending_tasks = self.pending_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_tasks": total_tasks,
                "succeeded_tasks": succeeded_tasks,
                "failed_tasks": failed_tasks,
                "running_tasks": running_tasks,
                "pending_tasks": pending_tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_tasks = d.pop("total_tasks")
        if not isinstance(total_tasks, int) or total_tasks is True or total_tasks is False:
            raise FieldError("total_tasks", "an integer", total_tasks)

        succeeded_tasks = d.pop("succeeded_tasks")
        if (
            not isinstance(succeeded_tasks, int)
            or succeeded_tasks is True
            or succeeded_tasks is False
        ):
            raise FieldError("succeeded_tasks", "an integer", succeeded_tasks)

        failed_tasks = d.pop("failed_tasks")
        if not isinstance(failed_tasks, int) or failed_tasks is True or failed_tasks is False:
            raise FieldError("failed_tasks", "an integer", failed_tasks)

        running_tasks = d.pop("running_tasks")
        if not isinstance(running_tasks, int) or running_tasks is True or running_tasks is False:
            raise FieldError("running_tasks", "an integer", running_tasks)

        pending_tasks = d.pop("pending_tasks")
        if not isinstance(pending_tasks, int) or pending_tasks is True or pending_tasks is False:
            raise FieldError("pending_tasks", "an integer", pending_tasks)

        periodic_agent_statistics = cls(
            total_tasks=total_tasks,
            succeeded_tasks=succeeded_tasks,
            failed_tasks=failed_tasks,
            running_tasks=running_tasks,
            pending_tasks=pending_tasks,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        periodic_agent_statistics.additional_properties = additional_properties
        return periodic_agent_statistics

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
