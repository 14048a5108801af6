from typing import Literal, cast

from ..._validation import unknown_enum_value

Provider637Enum = Literal["elevenlabs", "google", "openai"]

PROVIDER_637_ENUM_VALUES: frozenset[Provider637Enum] = frozenset(["elevenlabs", "google", "openai"])


def check_provider_637_enum(
    value: object, path: str = "Provider637Enum", *, known_only: bool = False
) -> Provider637Enum:
    """`value` as a `Provider637Enum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PROVIDER_637_ENUM_VALUES:
        return value
    return cast(
        Provider637Enum,
        unknown_enum_value(
            path, value, PROVIDER_637_ENUM_VALUES, "Provider637Enum", known_only=known_only
        ),
    )
