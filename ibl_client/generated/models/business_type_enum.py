from typing import Literal, cast

from ..._validation import unknown_enum_value

BusinessTypeEnum = Literal["company", "individual"]

BUSINESS_TYPE_ENUM_VALUES: frozenset[BusinessTypeEnum] = frozenset(["company", "individual"])


def check_business_type_enum(
    value: object, path: str = "BusinessTypeEnum", *, known_only: bool = False
) -> BusinessTypeEnum:
    """`value` as a `BusinessTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in BUSINESS_TYPE_ENUM_VALUES:
        return value
    return cast(
        BusinessTypeEnum,
        unknown_enum_value(
            path, value, BUSINESS_TYPE_ENUM_VALUES, "BusinessTypeEnum", known_only=known_only
        ),
    )
