from typing import Literal

AiMentorOrgsUsersModerationLogsListTargetSystem = Literal["Moderation System", "Safety System"]

AI_MENTOR_ORGS_USERS_MODERATION_LOGS_LIST_TARGET_SYSTEM_VALUES: frozenset[
    AiMentorOrgsUsersModerationLogsListTargetSystem
] = frozenset(["Moderation System", "Safety System"])


def check_ai_mentor_orgs_users_moderation_logs_list_target_system(
    value: str,
) -> AiMentorOrgsUsersModerationLogsListTargetSystem:
    if value in AI_MENTOR_ORGS_USERS_MODERATION_LOGS_LIST_TARGET_SYSTEM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_MENTOR_ORGS_USERS_MODERATION_LOGS_LIST_TARGET_SYSTEM_VALUES)!r}"
    )
