from typing import Literal, cast

from ..._validation import unknown_enum_value

PeriodicAgentLogStatusEnum = Literal["error", "running", "success"]

PERIODIC_AGENT_LOG_STATUS_ENUM_VALUES: frozenset[PeriodicAgentLogStatusEnum] = frozenset(
    ["error", "running", "success"]
)


def check_periodic_agent_log_status_enum(
    value: object, path: str = "PeriodicAgentLogStatusEnum", *, known_only: bool = False
) -> PeriodicAgentLogStatusEnum:
    """`value` as a `PeriodicAgentLogStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PERIODIC_AGENT_LOG_STATUS_ENUM_VALUES:
        return value
    return cast(
        PeriodicAgentLogStatusEnum,
        unknown_enum_value(
            path,
            value,
            PERIODIC_AGENT_LOG_STATUS_ENUM_VALUES,
            "PeriodicAgentLogStatusEnum",
            known_only=known_only,
        ),
    )
