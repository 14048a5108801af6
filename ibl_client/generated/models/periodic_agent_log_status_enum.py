from typing import Literal

PeriodicAgentLogStatusEnum = Literal["error", "running", "success"]

PERIODIC_AGENT_LOG_STATUS_ENUM_VALUES: frozenset[PeriodicAgentLogStatusEnum] = frozenset(
    ["error", "running", "success"]
)


def check_periodic_agent_log_status_enum(value: str) -> PeriodicAgentLogStatusEnum:
    if value in PERIODIC_AGENT_LOG_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERIODIC_AGENT_LOG_STATUS_ENUM_VALUES)!r}"
    )
