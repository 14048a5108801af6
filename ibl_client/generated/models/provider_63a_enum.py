from typing import Literal

Provider63AEnum = Literal["openai"]

PROVIDER_63A_ENUM_VALUES: set[Provider63AEnum] = {
    "openai",
}


def check_provider_63a_enum(value: str) -> Provider63AEnum:
    if value in PROVIDER_63A_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROVIDER_63A_ENUM_VALUES!r}")
