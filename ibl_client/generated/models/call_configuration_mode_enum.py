from typing import Literal, cast

from ..._validation import unknown_enum_value

CallConfigurationModeEnum = Literal["inference", "realtime"]

CALL_CONFIGURATION_MODE_ENUM_VALUES: frozenset[CallConfigurationModeEnum] = frozenset(
    ["inference", "realtime"]
)


def check_call_configuration_mode_enum(
    value: object, path: str = "CallConfigurationModeEnum", *, known_only: bool = False
) -> CallConfigurationModeEnum:
    """`value` as a `CallConfigurationModeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in CALL_CONFIGURATION_MODE_ENUM_VALUES:
        return value
    return cast(
        CallConfigurationModeEnum,
        unknown_enum_value(
            path,
            value,
            CALL_CONFIGURATION_MODE_ENUM_VALUES,
            "CallConfigurationModeEnum",
            known_only=known_only,
        ),
    )
