from typing import Literal

AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus = Literal[
    "error", "pending", "running", "success"
]

AI_MENTOR_ORGS_USERS_PERIODIC_AGENTS_LIST_PREVIOUS_AGENT_STATUS_VALUES: frozenset[
    AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus
] = frozenset(["error", "pending", "running", "success"])


def check_ai_mentor_orgs_users_periodic_agents_list_previous_agent_status(
    value: str,
) -> AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus:
    if value in AI_MENTOR_ORGS_USERS_PERIODIC_AGENTS_LIST_PREVIOUS_AGENT_STATUS_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_MENTOR_ORGS_USERS_PERIODIC_AGENTS_LIST_PREVIOUS_AGENT_STATUS_VALUES)!r}"
    )
