from typing import Literal

StepStatusEnum = Literal["completed", "failed", "pending"]

STEP_STATUS_ENUM_VALUES: frozenset[StepStatusEnum] = frozenset(["completed", "failed", "pending"])


def check_step_status_enum(value: str) -> StepStatusEnum:
    if value in STEP_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(STEP_STATUS_ENUM_VALUES)!r}"
    )
