from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionBrowserScreenshot")


@_attrs_define
class SessionBrowserScreenshot:
    type_: str
    session_id: str
    format_: str
    ext: str
    url: str
    time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
        "format_": "format",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        session_id = self.session_id

        format_ = self.format_

        ext = self.ext

        url = self.url

        time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "session_id": session_id,
                "format": format_,
                "ext": ext,
                "url": url,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type: expected a string, got {type(type_).__name__}")

        session_id = d.pop("session_id")
        if not isinstance(session_id, str):
            raise TypeError(f"session_id: expected a string, got {type(session_id).__name__}")

        format_ = d.pop("format")
        if not isinstance(format_, str):
            raise TypeError(f"format: expected a string, got {type(format_).__name__}")

        ext = d.pop("ext")
        if not isinstance(ext, str):
            raise TypeError(f"ext: expected a string, got {type(ext).__name__}")

        url = d.pop("url")
        if not isinstance(url, str):
            raise TypeError(f"url: expected a string, got {type(url).__name__}")

        time = datetime.datetime.fromisoformat(
            d.pop("time").replace("Z", "+00:00").replace("z", "+00:00")
        )

        session_browser_screenshot = cls(
            type_=type_,
            session_id=session_id,
            format_=format_,
            ext=ext,
            url=url,
            time=time,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session_browser_screenshot.additional_properties = additional_properties
        return session_browser_screenshot

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
