from typing import Literal

AiMentorOrgsUsersSafetyLogsListTargetSystem = Literal["Moderation System", "Safety System"]

AI_MENTOR_ORGS_USERS_SAFETY_LOGS_LIST_TARGET_SYSTEM_VALUES: set[
    AiMentorOrgsUsersSafetyLogsListTargetSystem
] = {
    "Moderation System",
    "Safety System",
}


def check_ai_mentor_orgs_users_safety_logs_list_target_system(
    value: str,
) -> AiMentorOrgsUsersSafetyLogsListTargetSystem:
    if value in AI_MENTOR_ORGS_USERS_SAFETY_LOGS_LIST_TARGET_SYSTEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_MENTOR_ORGS_USERS_SAFETY_LOGS_LIST_TARGET_SYSTEM_VALUES!r}"
    )
