from typing import Literal, cast

from ..._validation import unknown_enum_value

GrandfatheringStrategyEnum = Literal["free_forever", "require_subscription"]

GRANDFATHERING_STRATEGY_ENUM_VALUES: frozenset[GrandfatheringStrategyEnum] = frozenset(
    ["free_forever", "require_subscription"]
)


def check_grandfathering_strategy_enum(
    value: object, path: str = "GrandfatheringStrategyEnum", *, known_only: bool = False
) -> GrandfatheringStrategyEnum:
    """`value` as a `GrandfatheringStrategyEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in GRANDFATHERING_STRATEGY_ENUM_VALUES:
        return value
    return cast(
        GrandfatheringStrategyEnum,
        unknown_enum_value(
            path,
            value,
            GRANDFATHERING_STRATEGY_ENUM_VALUES,
            "GrandfatheringStrategyEnum",
            known_only=known_only,
        ),
    )
