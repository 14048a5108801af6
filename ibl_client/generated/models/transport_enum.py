from typing import Literal, cast

from ..._validation import unknown_enum_value

TransportEnum = Literal["sse", "streamable_http", "websocket"]

TRANSPORT_ENUM_VALUES: frozenset[TransportEnum] = frozenset(["sse", "streamable_http", "websocket"])


def check_transport_enum(
    value: object, path: str = "TransportEnum", *, known_only: bool = False
) -> TransportEnum:
    """`value` as a `TransportEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in TRANSPORT_ENUM_VALUES:
        return value
    return cast(
        TransportEnum,
        unknown_enum_value(
            path, value, TRANSPORT_ENUM_VALUES, "TransportEnum", known_only=known_only
        ),
    )
