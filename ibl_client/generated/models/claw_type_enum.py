from typing import Literal

ClawTypeEnum = Literal["ironclaw", "openclaw"]

CLAW_TYPE_ENUM_VALUES: frozenset[ClawTypeEnum] = frozenset(["ironclaw", "openclaw"])


def check_claw_type_enum(value: str) -> ClawTypeEnum:
    if value in CLAW_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(CLAW_TYPE_ENUM_VALUES)!r}"
    )
