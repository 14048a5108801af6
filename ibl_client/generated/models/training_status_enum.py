from typing import Literal

TrainingStatusEnum = Literal["failed", "pending", "trained", "untrained"]

TRAINING_STATUS_ENUM_VALUES: set[TrainingStatusEnum] = {
    "failed",
    "pending",
    "trained",
    "untrained",
}


def check_training_status_enum(value: str) -> TrainingStatusEnum:
    if value in TRAINING_STATUS_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRAINING_STATUS_ENUM_VALUES!r}")
