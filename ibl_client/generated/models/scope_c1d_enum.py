from typing import Literal

ScopeC1DEnum = Literal["model", "provider"]

SCOPE_C1D_ENUM_VALUES: frozenset[ScopeC1DEnum] = frozenset(["model", "provider"])


def check_scope_c1d_enum(value: str) -> ScopeC1DEnum:
    if value in SCOPE_C1D_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(SCOPE_C1D_ENUM_VALUES)!r}"
    )
