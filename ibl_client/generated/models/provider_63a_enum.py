from typing import Literal

Provider63AEnum = Literal["openai"]

PROVIDER_63A_ENUM_VALUES: frozenset[Provider63AEnum] = frozenset(["openai"])


def check_provider_63a_enum(value: str) -> Provider63AEnum:
    if value in PROVIDER_63A_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PROVIDER_63A_ENUM_VALUES)!r}"
    )
