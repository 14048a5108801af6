from typing import Literal

PreviousAgentStatusEnum = Literal["error", "pending", "running", "success"]

PREVIOUS_AGENT_STATUS_ENUM_VALUES: set[PreviousAgentStatusEnum] = {
    "error",
    "pending",
    "running",
    "success",
}


def check_previous_agent_status_enum(value: str) -> PreviousAgentStatusEnum:
    if value in PREVIOUS_AGENT_STATUS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PREVIOUS_AGENT_STATUS_ENUM_VALUES!r}"
    )
