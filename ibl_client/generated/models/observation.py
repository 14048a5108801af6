from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
        "input_": "input",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

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
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        trace_id = d.pop("trace_id")
        if not isinstance(trace_id, str):
            raise TypeError(f"trace_id: expected a string, got {type(trace_id).__name__}")

        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type: expected a string, got {type(type_).__name__}")

        start_time = datetime.datetime.fromisoformat(
            d.pop("start_time").replace("Z", "+00:00").replace("z", "+00:00")
        )

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        metadata = d.pop("metadata")

        level = d.pop("level")
        if not isinstance(level, str):
            raise TypeError(f"level: expected a string, got {type(level).__name__}")

        provided_usage_details = d.pop("provided_usage_details")
        if not isinstance(provided_usage_details, str):
            raise TypeError(
                f"provided_usage_details: expected a string, got {type(provided_usage_details).__name__}"
            )

        usage_details = d.pop("usage_details")
        if not isinstance(usage_details, str):
            raise TypeError(f"usage_details: expected a string, got {type(usage_details).__name__}")

        provided_cost_details = d.pop("provided_cost_details")
        if not isinstance(provided_cost_details, str):
            raise TypeError(
                f"provided_cost_details: expected a string, got {type(provided_cost_details).__name__}"
            )

        cost_details = d.pop("cost_details")
        if not isinstance(cost_details, str):
            raise TypeError(f"cost_details: expected a string, got {type(cost_details).__name__}")

        created_at = datetime.datetime.fromisoformat(
            d.pop("created_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        event_ts = datetime.datetime.fromisoformat(
            d.pop("event_ts").replace("Z", "+00:00").replace("z", "+00:00")
        )

        is_deleted = d.pop("is_deleted")
        if not isinstance(is_deleted, int) or is_deleted is True or is_deleted is False:
            raise TypeError(f"is_deleted: expected an integer, got {type(is_deleted).__name__}")

        def _parse_parent_observation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_observation_id_type_0 = data
                if not isinstance(parent_observation_id_type_0, str):
                    raise TypeError(
                        f"parent_observation_id_type_0: expected a string, got {type(parent_observation_id_type_0).__name__}"
                    )

                return parent_observation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            parent_observation_id_type_1 = data

            return parent_observation_id_type_1

        parent_observation_id = _parse_parent_observation_id(d.pop("parent_observation_id", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00").replace("z", "+00:00")
                )

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            end_time_type_1 = data

            return end_time_type_1

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_status_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_message_type_0 = data
                if not isinstance(status_message_type_0, str):
                    raise TypeError(
                        f"status_message_type_0: expected a string, got {type(status_message_type_0).__name__}"
                    )

                return status_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            status_message_type_1 = data

            return status_message_type_1

        status_message = _parse_status_message(d.pop("status_message", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_type_0 = data
                if not isinstance(version_type_0, str):
                    raise TypeError(
                        f"version_type_0: expected a string, got {type(version_type_0).__name__}"
                    )

                return version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            version_type_1 = data

            return version_type_1

        version = _parse_version(d.pop("version", UNSET))

        def _parse_input_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                input_type_0 = data
                if not isinstance(input_type_0, str):
                    raise TypeError(
                        f"input_type_0: expected a string, got {type(input_type_0).__name__}"
                    )

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            input_type_1 = data

            return input_type_1

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_type_0 = data
                if not isinstance(output_type_0, str):
                    raise TypeError(
                        f"output_type_0: expected a string, got {type(output_type_0).__name__}"
                    )

                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            output_type_1 = data

            return output_type_1

        output = _parse_output(d.pop("output", UNSET))

        def _parse_provided_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provided_model_name_type_0 = data
                if not isinstance(provided_model_name_type_0, str):
                    raise TypeError(
                        f"provided_model_name_type_0: expected a string, got {type(provided_model_name_type_0).__name__}"
                    )

                return provided_model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            provided_model_name_type_1 = data

            return provided_model_name_type_1

        provided_model_name = _parse_provided_model_name(d.pop("provided_model_name", UNSET))

        def _parse_internal_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                internal_model_id_type_0 = data
                if not isinstance(internal_model_id_type_0, str):
                    raise TypeError(
                        f"internal_model_id_type_0: expected a string, got {type(internal_model_id_type_0).__name__}"
                    )

                return internal_model_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            internal_model_id_type_1 = data

            return internal_model_id_type_1

        internal_model_id = _parse_internal_model_id(d.pop("internal_model_id", UNSET))

        def _parse_model_parameters(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_parameters_type_0 = data
                if not isinstance(model_parameters_type_0, str):
                    raise TypeError(
                        f"model_parameters_type_0: expected a string, got {type(model_parameters_type_0).__name__}"
                    )

                return model_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            model_parameters_type_1 = data

            return model_parameters_type_1

        model_parameters = _parse_model_parameters(d.pop("model_parameters", UNSET))

        def _parse_total_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                total_cost_type_0 = data
                if not isinstance(total_cost_type_0, str):
                    raise TypeError(
                        f"total_cost_type_0: expected a string, got {type(total_cost_type_0).__name__}"
                    )

                return total_cost_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            total_cost_type_1 = data

            return total_cost_type_1

        total_cost = _parse_total_cost(d.pop("total_cost", UNSET))

        def _parse_completion_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completion_start_time_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00").replace("z", "+00:00")
                )

                return completion_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            completion_start_time_type_1 = data

            return completion_start_time_type_1

        completion_start_time = _parse_completion_start_time(d.pop("completion_start_time", UNSET))

        def _parse_prompt_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_id_type_0 = data
                if not isinstance(prompt_id_type_0, str):
                    raise TypeError(
                        f"prompt_id_type_0: expected a string, got {type(prompt_id_type_0).__name__}"
                    )

                return prompt_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            prompt_id_type_1 = data

            return prompt_id_type_1

        prompt_id = _parse_prompt_id(d.pop("prompt_id", UNSET))

        def _parse_prompt_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_name_type_0 = data
                if not isinstance(prompt_name_type_0, str):
                    raise TypeError(
                        f"prompt_name_type_0: expected a string, got {type(prompt_name_type_0).__name__}"
                    )

                return prompt_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            prompt_name_type_1 = data

            return prompt_name_type_1

        prompt_name = _parse_prompt_name(d.pop("prompt_name", UNSET))

        def _parse_prompt_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                prompt_version_type_0 = data
                if (
                    not isinstance(prompt_version_type_0, int)
                    or prompt_version_type_0 is True
                    or prompt_version_type_0 is False
                ):
                    raise TypeError(
                        f"prompt_version_type_0: expected an integer, got {type(prompt_version_type_0).__name__}"
                    )

                return prompt_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            prompt_version_type_1 = data

            return prompt_version_type_1

        prompt_version = _parse_prompt_version(d.pop("prompt_version", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(
                _updated_at.replace("Z", "+00:00").replace("z", "+00:00")
            )

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
