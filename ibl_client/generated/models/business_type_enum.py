from typing import Literal

BusinessTypeEnum = Literal["company", "individual"]

BUSINESS_TYPE_ENUM_VALUES: frozenset[BusinessTypeEnum] = frozenset(["company", "individual"])


def check_business_type_enum(value: str) -> BusinessTypeEnum:
    if value in BUSINESS_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(BUSINESS_TYPE_ENUM_VALUES)!r}"
    )
