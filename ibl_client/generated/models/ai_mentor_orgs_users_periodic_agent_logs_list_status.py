from typing import Literal

AiMentorOrgsUsersPeriodicAgentLogsListStatus = Literal["error", "running", "success"]

AI_MENTOR_ORGS_USERS_PERIODIC_AGENT_LOGS_LIST_STATUS_VALUES: frozenset[
    AiMentorOrgsUsersPeriodicAgentLogsListStatus
] = frozenset(["error", "running", "success"])


def check_ai_mentor_orgs_users_periodic_agent_logs_list_status(
    value: str,
) -> AiMentorOrgsUsersPeriodicAgentLogsListStatus:
    if value in AI_MENTOR_ORGS_USERS_PERIODIC_AGENT_LOGS_LIST_STATUS_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_MENTOR_ORGS_USERS_PERIODIC_AGENT_LOGS_LIST_STATUS_VALUES)!r}"
    )
