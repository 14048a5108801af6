from typing import Literal

TransportEnum = Literal["sse", "websocket"]

TRANSPORT_ENUM_VALUES: set[TransportEnum] = {
    "sse",
    "websocket",
}


def check_transport_enum(value: str) -> TransportEnum:
    if value in TRANSPORT_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSPORT_ENUM_VALUES!r}")
