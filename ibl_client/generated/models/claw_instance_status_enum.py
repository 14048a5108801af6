from typing import Literal, cast

from ..._validation import unknown_enum_value

ClawInstanceStatusEnum = Literal["active", "error", "inactive"]

CLAW_INSTANCE_STATUS_ENUM_VALUES: frozenset[ClawInstanceStatusEnum] = frozenset(
    ["active", "error", "inactive"]
)


def check_claw_instance_status_enum(
    value: object, path: str = "ClawInstanceStatusEnum", *, known_only: bool = False
) -> ClawInstanceStatusEnum:
    """`value` as a `ClawInstanceStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in CLAW_INSTANCE_STATUS_ENUM_VALUES:
        return value
    return cast(
        ClawInstanceStatusEnum,
        unknown_enum_value(
            path,
            value,
            CLAW_INSTANCE_STATUS_ENUM_VALUES,
            "ClawInstanceStatusEnum",
            known_only=known_only,
        ),
    )
