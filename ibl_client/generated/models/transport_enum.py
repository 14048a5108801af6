from typing import Literal

TransportEnum = Literal["sse", "streamable_http", "websocket"]

TRANSPORT_ENUM_VALUES: frozenset[TransportEnum] = frozenset(["sse", "streamable_http", "websocket"])


def check_transport_enum(value: str) -> TransportEnum:
    if value in TRANSPORT_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(TRANSPORT_ENUM_VALUES)!r}"
    )
