from typing import Literal, cast

from ..._validation import unknown_enum_value

FlowTypeEnum = Literal["payment_method_update", "subscription_cancel", "subscription_update"]

FLOW_TYPE_ENUM_VALUES: frozenset[FlowTypeEnum] = frozenset(
    ["payment_method_update", "subscription_cancel", "subscription_update"]
)


def check_flow_type_enum(
    value: object, path: str = "FlowTypeEnum", *, known_only: bool = False
) -> FlowTypeEnum:
    """`value` as a `FlowTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in FLOW_TYPE_ENUM_VALUES:
        return value
    return cast(
        FlowTypeEnum,
        unknown_enum_value(
            path, value, FLOW_TYPE_ENUM_VALUES, "FlowTypeEnum", known_only=known_only
        ),
    )
