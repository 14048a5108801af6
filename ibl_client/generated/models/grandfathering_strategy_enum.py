from typing import Literal

GrandfatheringStrategyEnum = Literal["free_forever", "require_subscription"]

GRANDFATHERING_STRATEGY_ENUM_VALUES: frozenset[GrandfatheringStrategyEnum] = frozenset(
    ["free_forever", "require_subscription"]
)


def check_grandfathering_strategy_enum(value: str) -> GrandfatheringStrategyEnum:
    if value in GRANDFATHERING_STRATEGY_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(GRANDFATHERING_STRATEGY_ENUM_VALUES)!r}"
    )
