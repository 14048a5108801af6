from typing import Literal

FlowTypeEnum = Literal["payment_method_update", "subscription_cancel", "subscription_update"]

FLOW_TYPE_ENUM_VALUES: frozenset[FlowTypeEnum] = frozenset(
    ["payment_method_update", "subscription_cancel", "subscription_update"]
)


def check_flow_type_enum(value: str) -> FlowTypeEnum:
    if value in FLOW_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(FLOW_TYPE_ENUM_VALUES)!r}"
    )
