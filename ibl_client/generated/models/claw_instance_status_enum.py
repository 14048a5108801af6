from typing import Literal

ClawInstanceStatusEnum = Literal["active", "error", "inactive"]

CLAW_INSTANCE_STATUS_ENUM_VALUES: frozenset[ClawInstanceStatusEnum] = frozenset(
    ["active", "error", "inactive"]
)


def check_claw_instance_status_enum(value: str) -> ClawInstanceStatusEnum:
    if value in CLAW_INSTANCE_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(CLAW_INSTANCE_STATUS_ENUM_VALUES)!r}"
    )
