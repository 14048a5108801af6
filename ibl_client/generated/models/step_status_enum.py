from typing import Literal, cast

from ..._validation import unknown_enum_value

StepStatusEnum = Literal["completed", "failed", "pending"]

STEP_STATUS_ENUM_VALUES: frozenset[StepStatusEnum] = frozenset(["completed", "failed", "pending"])


def check_step_status_enum(
    value: object, path: str = "StepStatusEnum", *, known_only: bool = False
) -> StepStatusEnum:
    """`value` as a `StepStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in STEP_STATUS_ENUM_VALUES:
        return value
    return cast(
        StepStatusEnum,
        unknown_enum_value(
            path, value, STEP_STATUS_ENUM_VALUES, "StepStatusEnum", known_only=known_only
        ),
    )
