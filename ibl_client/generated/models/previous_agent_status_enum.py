from typing import Literal, cast

from ..._validation import unknown_enum_value

PreviousAgentStatusEnum = Literal["error", "pending", "running", "success"]

PREVIOUS_AGENT_STATUS_ENUM_VALUES: frozenset[PreviousAgentStatusEnum] = frozenset(
    ["error", "pending", "running", "success"]
)


def check_previous_agent_status_enum(
    value: object, path: str = "PreviousAgentStatusEnum", *, known_only: bool = False
) -> PreviousAgentStatusEnum:
    """`value` as a `PreviousAgentStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PREVIOUS_AGENT_STATUS_ENUM_VALUES:
        return value
    return cast(
        PreviousAgentStatusEnum,
        unknown_enum_value(
            path,
            value,
            PREVIOUS_AGENT_STATUS_ENUM_VALUES,
            "PreviousAgentStatusEnum",
            known_only=known_only,
        ),
    )
