from typing import Literal

AiMentorOrgsUsersPeriodicAgentsListStatus = Literal["error", "pending", "running", "success"]

AI_MENTOR_ORGS_USERS_PERIODIC_AGENTS_LIST_STATUS_VALUES: frozenset[
    AiMentorOrgsUsersPeriodicAgentsListStatus
] = frozenset(["error", "pending", "running", "success"])


def check_ai_mentor_orgs_users_periodic_agents_list_status(
    value: str,
) -> AiMentorOrgsUsersPeriodicAgentsListStatus:
    if value in AI_MENTOR_ORGS_USERS_PERIODIC_AGENTS_LIST_STATUS_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_MENTOR_ORGS_USERS_PERIODIC_AGENTS_LIST_STATUS_VALUES)!r}"
    )
