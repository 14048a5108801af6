from typing import Literal

CallConfigurationModeEnum = Literal["inference", "realtime"]

CALL_CONFIGURATION_MODE_ENUM_VALUES: frozenset[CallConfigurationModeEnum] = frozenset(
    ["inference", "realtime"]
)


def check_call_configuration_mode_enum(value: str) -> CallConfigurationModeEnum:
    if value in CALL_CONFIGURATION_MODE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(CALL_CONFIGURATION_MODE_ENUM_VALUES)!r}"
    )
