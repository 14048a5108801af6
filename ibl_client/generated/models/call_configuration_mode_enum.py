from typing import Literal

CallConfigurationModeEnum = Literal["inference", "realtime"]

CALL_CONFIGURATION_MODE_ENUM_VALUES: set[CallConfigurationModeEnum] = {
    "inference",
    "realtime",
}


def check_call_configuration_mode_enum(value: str) -> CallConfigurationModeEnum:
    if value in CALL_CONFIGURATION_MODE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_CONFIGURATION_MODE_ENUM_VALUES!r}"
    )
