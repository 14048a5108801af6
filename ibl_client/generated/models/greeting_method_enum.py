from typing import Literal

GreetingMethodEnum = Literal["proactive_prompt", "proactive_response"]

GREETING_METHOD_ENUM_VALUES: set[GreetingMethodEnum] = {
    "proactive_prompt",
    "proactive_response",
}


def check_greeting_method_enum(value: str) -> GreetingMethodEnum:
    if value in GREETING_METHOD_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GREETING_METHOD_ENUM_VALUES!r}")
