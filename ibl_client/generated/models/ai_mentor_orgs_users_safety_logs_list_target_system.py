from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsUsersSafetyLogsListTargetSystem = Literal["Moderation System", "Safety System"]

AI_MENTOR_ORGS_USERS_SAFETY_LOGS_LIST_TARGET_SYSTEM_VALUES: frozenset[
    AiMentorOrgsUsersSafetyLogsListTargetSystem
] = frozenset(["Moderation System", "Safety System"])


def check_ai_mentor_orgs_users_safety_logs_list_target_system(
    value: object,
    path: str = "AiMentorOrgsUsersSafetyLogsListTargetSystem",
    *,
    known_only: bool = False,
) -> AiMentorOrgsUsersSafetyLogsListTargetSystem:
    """`value` as a `AiMentorOrgsUsersSafetyLogsListTargetSystem`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_MENTOR_ORGS_USERS_SAFETY_LOGS_LIST_TARGET_SYSTEM_VALUES
    ):
        return value
    return cast(
        AiMentorOrgsUsersSafetyLogsListTargetSystem,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_USERS_SAFETY_LOGS_LIST_TARGET_SYSTEM_VALUES,
            "AiMentorOrgsUsersSafetyLogsListTargetSystem",
            known_only=known_only,
        ),
    )
