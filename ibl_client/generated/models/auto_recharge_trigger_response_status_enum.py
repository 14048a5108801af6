from typing import Literal

AutoRechargeTriggerResponseStatusEnum = Literal["skipped", "triggered"]

AUTO_RECHARGE_TRIGGER_RESPONSE_STATUS_ENUM_VALUES: frozenset[
    AutoRechargeTriggerResponseStatusEnum
] = frozenset(["skipped", "triggered"])


def check_auto_recharge_trigger_response_status_enum(
    value: str,
) -> AutoRechargeTriggerResponseStatusEnum:
    if value in AUTO_RECHARGE_TRIGGER_RESPONSE_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUTO_RECHARGE_TRIGGER_RESPONSE_STATUS_ENUM_VALUES)!r}"
    )
