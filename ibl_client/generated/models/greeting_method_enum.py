from typing import Literal

GreetingMethodEnum = Literal["proactive_prompt", "proactive_response"]

GREETING_METHOD_ENUM_VALUES: frozenset[GreetingMethodEnum] = frozenset(
    ["proactive_prompt", "proactive_response"]
)


def check_greeting_method_enum(value: str) -> GreetingMethodEnum:
    if value in GREETING_METHOD_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(GREETING_METHOD_ENUM_VALUES)!r}"
    )
