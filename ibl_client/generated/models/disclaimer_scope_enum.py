from typing import Literal

DisclaimerScopeEnum = Literal["mentor", "platform"]

DISCLAIMER_SCOPE_ENUM_VALUES: frozenset[DisclaimerScopeEnum] = frozenset(["mentor", "platform"])


def check_disclaimer_scope_enum(value: str) -> DisclaimerScopeEnum:
    if value in DISCLAIMER_SCOPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(DISCLAIMER_SCOPE_ENUM_VALUES)!r}"
    )
