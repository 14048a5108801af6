from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsUsersPeriodicAgentsListStatus = Literal["error", "pending", "running", "success"]

AI_MENTOR_ORGS_USERS_PERIODIC_AGENTS_LIST_STATUS_VALUES: frozenset[
    AiMentorOrgsUsersPeriodicAgentsListStatus
] = frozenset(["error", "pending", "running", "success"])


def check_ai_mentor_orgs_users_periodic_agents_list_status(
    value: object,
    path: str = "AiMentorOrgsUsersPeriodicAgentsListStatus",
    *,
    known_only: bool = False,
) -> AiMentorOrgsUsersPeriodicAgentsListStatus:
    """`value` as a `AiMentorOrgsUsersPeriodicAgentsListStatus`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AI_MENTOR_ORGS_USERS_PERIODIC_AGENTS_LIST_STATUS_VALUES:
        return value
    return cast(
        AiMentorOrgsUsersPeriodicAgentsListStatus,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_USERS_PERIODIC_AGENTS_LIST_STATUS_VALUES,
            "AiMentorOrgsUsersPeriodicAgentsListStatus",
            known_only=known_only,
        ),
    )
