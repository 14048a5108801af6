from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Trace")


@_attrs_define
class Trace:
    id: str
    timestamp: datetime.datetime
    name: str
    metadata: Any
    tags: list[str]
    created_at: datetime.datetime
    event_ts: datetime.datetime
    is_deleted: int
    user_id: None | str | Unset = UNSET
    release: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    input_: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "input_": "input",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp = self.timestamp.isoformat()

        name = self.name

        metadata = self.metadata

        tags = self.tags

        created_at = self.created_at.isoformat()

        event_ts = self.event_ts.isoformat()

        is_deleted = self.is_deleted

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        release: None | str | Unset
        if isinstance(self.release, Unset):
            release = UNSET
        else:
            release = self.release

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

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timestamp": timestamp,
                "name": name,
                "metadata": metadata,
                "tags": tags,
                "created_at": created_at,
                "event_ts": event_ts,
                "is_deleted": is_deleted,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if release is not UNSET:
            field_dict["release"] = release
        if version is not UNSET:
            field_dict["version"] = version
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        timestamp = datetime.datetime.fromisoformat(
            d.pop("timestamp").replace("Z", "+00:00").replace("z", "+00:00")
        )

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        metadata = d.pop("metadata")

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = tags_item_data
            if not isinstance(tags_item, str):
                raise TypeError(f"tags_item: expected a string, got {type(tags_item).__name__}")

            tags.append(tags_item)

        created_at = datetime.datetime.fromisoformat(
            d.pop("created_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        event_ts = datetime.datetime.fromisoformat(
            d.pop("event_ts").replace("Z", "+00:00").replace("z", "+00:00")
        )

        is_deleted = d.pop("is_deleted")
        if not isinstance(is_deleted, int) or is_deleted is True or is_deleted is False:
            raise TypeError(f"is_deleted: expected an integer, got {type(is_deleted).__name__}")

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = data
                if not isinstance(user_id_type_0, str):
                    raise TypeError(
                        f"user_id_type_0: expected a string, got {type(user_id_type_0).__name__}"
                    )

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            user_id_type_1 = data

            return user_id_type_1

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_release(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_type_0 = data
                if not isinstance(release_type_0, str):
                    raise TypeError(
                        f"release_type_0: expected a string, got {type(release_type_0).__name__}"
                    )

                return release_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            release_type_1 = data

            return release_type_1

        release = _parse_release(d.pop("release", UNSET))

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

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = data
                if not isinstance(session_id_type_0, str):
                    raise TypeError(
                        f"session_id_type_0: expected a string, got {type(session_id_type_0).__name__}"
                    )

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            session_id_type_1 = data

            return session_id_type_1

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(
                _updated_at.replace("Z", "+00:00").replace("z", "+00:00")
            )

        trace = cls(
            id=id,
            timestamp=timestamp,
            name=name,
            metadata=metadata,
            tags=tags,
            created_at=created_at,
            event_ts=event_ts,
            is_deleted=is_deleted,
            user_id=user_id,
            release=release,
            version=version,
            input_=input_,
            output=output,
            session_id=session_id,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        trace.additional_properties = additional_properties
        return trace

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
