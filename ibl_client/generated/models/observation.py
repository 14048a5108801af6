from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Observation")


@_attrs_define
class Observation:
    id: str
    trace_id: str
    type_: str
    start_time: datetime.datetime
    name: str
    metadata: Any
    level: str
    provided_usage_details: str
    usage_details: str
    provided_cost_details: str
    cost_details: str
    created_at: datetime.datetime
    event_ts: datetime.datetime
    is_deleted: int
    parent_observation_id: None | str | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    status_message: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    input_: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    provided_model_name: None | str | Unset = UNSET
    internal_model_id: None | str | Unset = UNSET
    model_parameters: None | str | Unset = UNSET
    total_cost: None | str | Unset = UNSET
    completion_start_time: datetime.datetime | None | Unset = UNSET
    prompt_id: None | str | Unset = UNSET
    prompt_name: None | str | Unset = UNSET
    prompt_version: int | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        trace_id = self.trace_id

        type_ = self.type_

        start_time = self.start_time.isoformat()

        name = self.name

        metadata = self.metadata

        level = self.level

        provided_usage_details = self.provided_usage_details

        usage_details = self.usage_details

        provided_cost_details = self.provided_cost_details

        cost_details = self.cost_details

        created_at = self.created_at.isoformat()

        event_ts = self.event_ts.isoformat()

        is_deleted = self.is_deleted

        parent_observation_id: None | str | Unset
        if isinstance(self.parent_observation_id, Unset):
            parent_observation_id = UNSET
        else:
            parent_observation_id = self.parent_observation_id

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        status_message: None | str | Unset
        if isinstance(self.status_message, Unset):
            status_message = UNSET
        else:
            status_message = self.status_message

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        input_: None | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        else:
            input_ = self.input_

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        provided_model_name: None | str | Unset
        if isinstance(self.provided_model_name, Unset):
            provided_model_name = UNSET
        else:
            provided_model_name = self.provided_model_name

        internal_model_id: None | str | Unset
        if isinstance(self.internal_model_id, Unset):
            internal_model_id = UNSET
        else:
            internal_model_id = self.internal_model_id

        model_parameters: None | str | Unset
        if isinstance(self.model_parameters, Unset):
            model_parameters = UNSET
        else:
            model_parameters = self.model_parameters

        total_cost: None | str | Unset
        if isinstance(self.total_cost, Unset):
            total_cost = UNSET
        else:
            total_cost = self.total_cost

        completion_start_time: None | str | Unset
        if isinstance(self.completion_start_time, Unset):
            completion_start_time = UNSET
        elif isinstance(self.completion_start_time, datetime.datetime):
            completion_start_time = self.completion_start_time.isoformat()
        else:
            completion_start_time = self.completion_start_time

        prompt_id: None | str | Unset
        if isinstance(self.prompt_id, Unset):
            prompt_id = UNSET
        else:
            prompt_id = self.prompt_id

        prompt_name: None | str | Unset
        if isinstance(self.prompt_name, Unset):
            prompt_name = UNSET
        else:
            prompt_name = self.prompt_name

        prompt_version: int | None | Unset
        if isinstance(self.prompt_version, Unset):
            prompt_version = UNSET
        else:
            prompt_version = self.prompt_version

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "trace_id": trace_id,
                "type": type_,
                "start_time": start_time,
                "name": name,
                "metadata": metadata,
                "level": level,
                "provided_usage_details": provided_usage_details,
                "usage_details": usage_details,
                "provided_cost_details": provided_cost_details,
                "cost_details": cost_details,
                "created_at": created_at,
                "event_ts": event_ts,
                "is_deleted": is_deleted,
            }
        )
        if parent_observation_id is not UNSET:
            field_dict["parent_observation_id"] = parent_observation_id
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if status_message is not UNSET:
            field_dict["status_message"] = status_message
        if version is not UNSET:
            field_dict["version"] = version
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if provided_model_name is not UNSET:
            field_dict["provided_model_name"] = provided_model_name
        if internal_model_id is not UNSET:
            field_dict["internal_model_id"] = internal_model_id
        if model_parameters is not UNSET:
            field_dict["model_parameters"] = model_parameters
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if completion_start_time is not UNSET:
            field_dict["completion_start_time"] = completion_start_time
        if prompt_id is not UNSET:
            field_dict["prompt_id"] = prompt_id
        if prompt_name is not UNSET:
            field_dict["prompt_name"] = prompt_name
        if prompt_version is not UNSET:
            field_dict["prompt_version"] = prompt_version
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise FieldError("id", "a string", id)

        trace_id = d.pop("trace_id")
        if not isinstance(trace_id, str):
            raise FieldError("trace_id", "a string", trace_id)

        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise FieldError("type", "a string", type_)

        start_time = parse_datetime("start_time", d.pop("start_time"))

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        metadata = d.pop("metadata")

        level = d.pop("level")
        if not isinstance(level, str):
            raise FieldError("level", "a string", level)

        provided_usage_details = d.pop("provided_usage_details")
        if not isinstance(provided_usage_details, str):
            raise FieldError("provided_usage_details", "a string", provided_usage_details)

        usage_details = d.pop("usage_details")
        if not isinstance(usage_details, str):
            raise FieldError("usage_details", "a string", usage_details)

        provided_cost_details = d.pop("provided_cost_details")
        if not isinstance(provided_cost_details, str):
            raise FieldError("provided_cost_details", "a string", provided_cost_details)

        cost_details = d.pop("cost_details")
        if not isinstance(cost_details, str):
            raise FieldError("cost_details", "a string", cost_details)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        event_ts = parse_datetime("event_ts", d.pop("event_ts"))

        is_deleted = d.pop("is_deleted")
        if not isinstance(is_deleted, int) or is_deleted is True or is_deleted is False:
            raise FieldError("is_deleted", "an integer", is_deleted)

        def _parse_parent_observation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("parent_observation_id", "a string or null", data)

        parent_observation_id = _parse_parent_observation_id(d.pop("parent_observation_id", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    end_time_type_0 = parse_datetime("end_time_type_0", data)

                    return end_time_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("end_time", member_error, "end_time_type_0"))
            if error is not None:
                raise error
            raise FieldError("end_time", "a date-time string or null", data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_status_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("status_message", "a string or null", data)

        status_message = _parse_status_message(d.pop("status_message", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("version", "a string or null", data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_input_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("input", "a string or null", data)

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("output", "a string or null", data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_provided_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("provided_model_name", "a string or null", data)

        provided_model_name = _parse_provided_model_name(d.pop("provided_model_name", UNSET))

        def _parse_internal_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("internal_model_id", "a string or null", data)

        internal_model_id = _parse_internal_model_id(d.pop("internal_model_id", UNSET))

        def _parse_model_parameters(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("model_parameters", "a string or null", data)

        model_parameters = _parse_model_parameters(d.pop("model_parameters", UNSET))

        def _parse_total_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("total_cost", "a string or null", data)

        total_cost = _parse_total_cost(d.pop("total_cost", UNSET))

        def _parse_completion_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    completion_start_time_type_0 = parse_datetime(
                        "completion_start_time_type_0", data
                    )

                    return completion_start_time_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error,
                        within(
                            "completion_start_time", member_error, "completion_start_time_type_0"
                        ),
                    )
            if error is not None:
                raise error
            raise FieldError("completion_start_time", "a date-time string or null", data)

        completion_start_time = _parse_completion_start_time(d.pop("completion_start_time", UNSET))

        def _parse_prompt_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("prompt_id", "a string or null", data)

        prompt_id = _parse_prompt_id(d.pop("prompt_id", UNSET))

        def _parse_prompt_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("prompt_name", "a string or null", data)

        prompt_name = _parse_prompt_name(d.pop("prompt_name", UNSET))

        def _parse_prompt_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("prompt_version", "an integer or null", data)

        prompt_version = _parse_prompt_version(d.pop("prompt_version", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime("updated_at", _updated_at)

        observation = cls(
            id=id,
            trace_id=trace_id,
            type_=type_,
            start_time=start_time,
            name=name,
            metadata=metadata,
            level=level,
            provided_usage_details=provided_usage_details,
            usage_details=usage_details,
            provided_cost_details=provided_cost_details,
            cost_details=cost_details,
            created_at=created_at,
            event_ts=event_ts,
            is_deleted=is_deleted,
            parent_observation_id=parent_observation_id,
            end_time=end_time,
            status_message=status_message,
            version=version,
            input_=input_,
            output=output,
            provided_model_name=provided_model_name,
            internal_model_id=internal_model_id,
            model_parameters=model_parameters,
            total_cost=total_cost,
            completion_start_time=completion_start_time,
            prompt_id=prompt_id,
            prompt_name=prompt_name,
            prompt_version=prompt_version,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        observation.additional_properties = additional_properties
        return observation

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
