from typing import Literal, cast

from ..._validation import unknown_enum_value

DisclaimerScopeEnum = Literal["mentor", "platform"]

DISCLAIMER_SCOPE_ENUM_VALUES: frozenset[DisclaimerScopeEnum] = frozenset(["mentor", "platform"])


def check_disclaimer_scope_enum(
    value: object, path: str = "DisclaimerScopeEnum", *, known_only: bool = False
) -> DisclaimerScopeEnum:
    """`value` as a `DisclaimerScopeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in DISCLAIMER_SCOPE_ENUM_VALUES:
        return value
    return cast(
        DisclaimerScopeEnum,
        unknown_enum_value(
            path, value, DISCLAIMER_SCOPE_ENUM_VALUES, "DisclaimerScopeEnum", known_only=known_only
        ),
    )
