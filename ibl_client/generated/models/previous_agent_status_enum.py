from typing import Literal

PreviousAgentStatusEnum = Literal["error", "pending", "running", "success"]

PREVIOUS_AGENT_STATUS_ENUM_VALUES: frozenset[PreviousAgentStatusEnum] = frozenset(
    ["error", "pending", "running", "success"]
)


def check_previous_agent_status_enum(value: str) -> PreviousAgentStatusEnum:
    if value in PREVIOUS_AGENT_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PREVIOUS_AGENT_STATUS_ENUM_VALUES)!r}"
    )
