from typing import Literal, cast

from ..._validation import unknown_enum_value

GreetingMethodEnum = Literal["proactive_prompt", "proactive_response"]

GREETING_METHOD_ENUM_VALUES: frozenset[GreetingMethodEnum] = frozenset(
    ["proactive_prompt", "proactive_response"]
)


def check_greeting_method_enum(
    value: object, path: str = "GreetingMethodEnum", *, known_only: bool = False
) -> GreetingMethodEnum:
    """`value` as a `GreetingMethodEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in GREETING_METHOD_ENUM_VALUES:
        return value
    return cast(
        GreetingMethodEnum,
        unknown_enum_value(
            path, value, GREETING_METHOD_ENUM_VALUES, "GreetingMethodEnum", known_only=known_only
        ),
    )
