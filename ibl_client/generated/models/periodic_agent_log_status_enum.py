from typing import Literal

PeriodicAgentLogStatusEnum = Literal["error", "running", "success"]

PERIODIC_AGENT_LOG_STATUS_ENUM_VALUES: set[PeriodicAgentLogStatusEnum] = {
    "error",
    "running",
    "success",
}


def check_periodic_agent_log_status_enum(value: str) -> PeriodicAgentLogStatusEnum:
    if value in PERIODIC_AGENT_LOG_STATUS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERIODIC_AGENT_LOG_STATUS_ENUM_VALUES!r}"
    )
