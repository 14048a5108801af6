from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsUsersPeriodicAgentLogsListStatus = Literal["error", "running", "success"]

AI_MENTOR_ORGS_USERS_PERIODIC_AGENT_LOGS_LIST_STATUS_VALUES: frozenset[
    AiMentorOrgsUsersPeriodicAgentLogsListStatus
] = frozenset(["error", "running", "success"])


def check_ai_mentor_orgs_users_periodic_agent_logs_list_status(
    value: object,
    path: str = "AiMentorOrgsUsersPeriodicAgentLogsListStatus",
    *,
    known_only: bool = False,
) -> AiMentorOrgsUsersPeriodicAgentLogsListStatus:
    """`value` as a `AiMentorOrgsUsersPeriodicAgentLogsListStatus`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_MENTOR_ORGS_USERS_PERIODIC_AGENT_LOGS_LIST_STATUS_VALUES
    ):
        return value
    return cast(
        AiMentorOrgsUsersPeriodicAgentLogsListStatus,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_USERS_PERIODIC_AGENT_LOGS_LIST_STATUS_VALUES,
            "AiMentorOrgsUsersPeriodicAgentLogsListStatus",
            known_only=known_only,
        ),
    )
