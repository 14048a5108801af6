from typing import Literal

TrainingStatusEnum = Literal["failed", "pending", "trained", "untrained"]

TRAINING_STATUS_ENUM_VALUES: frozenset[TrainingStatusEnum] = frozenset(
    ["failed", "pending", "trained", "untrained"]
)


def check_training_status_enum(value: str) -> TrainingStatusEnum:
    if value in TRAINING_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(TRAINING_STATUS_ENUM_VALUES)!r}"
    )
