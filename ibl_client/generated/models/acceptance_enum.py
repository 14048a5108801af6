from typing import Literal, cast

from ..._validation import unknown_enum_value

AcceptanceEnum = Literal["Accepted", "Rejected", "Unaccepted"]

ACCEPTANCE_ENUM_VALUES: frozenset[AcceptanceEnum] = frozenset(
    ["Accepted", "Rejected", "Unaccepted"]
)


def check_acceptance_enum(
    value: object, path: str = "AcceptanceEnum", *, known_only: bool = False
) -> AcceptanceEnum:
    """`value` as a `AcceptanceEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ACCEPTANCE_ENUM_VALUES:
        return value
    return cast(
        AcceptanceEnum,
        unknown_enum_value(
            path, value, ACCEPTANCE_ENUM_VALUES, "AcceptanceEnum", known_only=known_only
        ),
    )
