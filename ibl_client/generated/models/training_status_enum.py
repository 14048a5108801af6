from typing import Literal, cast

from ..._validation import unknown_enum_value

TrainingStatusEnum = Literal["failed", "pending", "trained", "untrained"]

TRAINING_STATUS_ENUM_VALUES: frozenset[TrainingStatusEnum] = frozenset(
    ["failed", "pending", "trained", "untrained"]
)


def check_training_status_enum(
    value: object, path: str = "TrainingStatusEnum", *, known_only: bool = False
) -> TrainingStatusEnum:
    """`value` as a `TrainingStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in TRAINING_STATUS_ENUM_VALUES:
        return value
    return cast(
        TrainingStatusEnum,
        unknown_enum_value(
            path, value, TRAINING_STATUS_ENUM_VALUES, "TrainingStatusEnum", known_only=known_only
        ),
    )
