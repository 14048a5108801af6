from typing import Literal

AcceptanceEnum = Literal["Accepted", "Rejected", "Unaccepted"]

ACCEPTANCE_ENUM_VALUES: frozenset[AcceptanceEnum] = frozenset(
    ["Accepted", "Rejected", "Unaccepted"]
)


def check_acceptance_enum(value: str) -> AcceptanceEnum:
    if value in ACCEPTANCE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ACCEPTANCE_ENUM_VALUES)!r}"
    )
