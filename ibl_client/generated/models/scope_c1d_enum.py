from typing import Literal, cast

from ..._validation import unknown_enum_value

ScopeC1DEnum = Literal["model", "provider"]

SCOPE_C1D_ENUM_VALUES: frozenset[ScopeC1DEnum] = frozenset(["model", "provider"])


def check_scope_c1d_enum(
    value: object, path: str = "ScopeC1DEnum", *, known_only: bool = False
) -> ScopeC1DEnum:
    """`value` as a `ScopeC1DEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in SCOPE_C1D_ENUM_VALUES:
        return value
    return cast(
        ScopeC1DEnum,
        unknown_enum_value(
            path, value, SCOPE_C1D_ENUM_VALUES, "ScopeC1DEnum", known_only=known_only
        ),
    )
