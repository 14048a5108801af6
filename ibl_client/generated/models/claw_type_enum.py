from typing import Literal, cast

from ..._validation import unknown_enum_value

ClawTypeEnum = Literal["ironclaw", "openclaw"]

CLAW_TYPE_ENUM_VALUES: frozenset[ClawTypeEnum] = frozenset(["ironclaw", "openclaw"])


def check_claw_type_enum(
    value: object, path: str = "ClawTypeEnum", *, known_only: bool = False
) -> ClawTypeEnum:
    """`value` as a `ClawTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in CLAW_TYPE_ENUM_VALUES:
        return value
    return cast(
        ClawTypeEnum,
        unknown_enum_value(
            path, value, CLAW_TYPE_ENUM_VALUES, "ClawTypeEnum", known_only=known_only
        ),
    )
