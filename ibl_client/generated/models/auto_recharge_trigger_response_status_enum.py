from typing import Literal, cast

from ..._validation import unknown_enum_value

AutoRechargeTriggerResponseStatusEnum = Literal["skipped", "triggered"]

AUTO_RECHARGE_TRIGGER_RESPONSE_STATUS_ENUM_VALUES: frozenset[
    AutoRechargeTriggerResponseStatusEnum
] = frozenset(["skipped", "triggered"])


def check_auto_recharge_trigger_response_status_enum(
    value: object, path: str = "AutoRechargeTriggerResponseStatusEnum", *, known_only: bool = False
) -> AutoRechargeTriggerResponseStatusEnum:
    """`value` as a `AutoRechargeTriggerResponseStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AUTO_RECHARGE_TRIGGER_RESPONSE_STATUS_ENUM_VALUES:
        return value
    return cast(
        AutoRechargeTriggerResponseStatusEnum,
        unknown_enum_value(
            path,
            value,
            AUTO_RECHARGE_TRIGGER_RESPONSE_STATUS_ENUM_VALUES,
            "AutoRechargeTriggerResponseStatusEnum",
            known_only=known_only,
        ),
    )
