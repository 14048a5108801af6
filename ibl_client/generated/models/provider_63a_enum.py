from typing import Literal, cast

from ..._validation import unknown_enum_value

Provider63AEnum = Literal["openai"]

PROVIDER_63A_ENUM_VALUES: frozenset[Provider63AEnum] = frozenset(["openai"])


def check_provider_63a_enum(
    value: object, path: str = "Provider63AEnum", *, known_only: bool = False
) -> Provider63AEnum:
    """`value` as a `Provider63AEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PROVIDER_63A_ENUM_VALUES:
        return value
    return cast(
        Provider63AEnum,
        unknown_enum_value(
            path, value, PROVIDER_63A_ENUM_VALUES, "Provider63AEnum", known_only=known_only
        ),
    )
