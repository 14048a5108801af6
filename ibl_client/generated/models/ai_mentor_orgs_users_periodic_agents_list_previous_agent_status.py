from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus = Literal[
    "error", "pending", "running", "success"
]

AI_MENTOR_ORGS_USERS_PERIODIC_AGENTS_LIST_PREVIOUS_AGENT_STATUS_VALUES: frozenset[
    AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus
] = frozenset(["error", "pending", "running", "success"])


def check_ai_mentor_orgs_users_periodic_agents_list_previous_agent_status(
    value: object,
    path: str = "AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus",
    *,
    known_only: bool = False,
) -> AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus:
    """`value` as a `AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_MENTOR_ORGS_USERS_PERIODIC_AGENTS_LIST_PREVIOUS_AGENT_STATUS_VALUES
    ):
        return value
    return cast(
        AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_USERS_PERIODIC_AGENTS_LIST_PREVIOUS_AGENT_STATUS_VALUES,
            "AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus",
            known_only=known_only,
        ),
    )
