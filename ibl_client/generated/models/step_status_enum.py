from typing import Literal

StepStatusEnum = Literal["completed", "failed", "pending"]

STEP_STATUS_ENUM_VALUES: set[StepStatusEnum] = {
    "completed",
    "failed",
    "pending",
}


def check_step_status_enum(value: str) -> StepStatusEnum:
    if value in STEP_STATUS_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STEP_STATUS_ENUM_VALUES!r}")
