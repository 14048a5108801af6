from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsUsersModerationLogsListTargetSystem = Literal["Moderation System", "Safety System"]

AI_MENTOR_ORGS_USERS_MODERATION_LOGS_LIST_TARGET_SYSTEM_VALUES: frozenset[
    AiMentorOrgsUsersModerationLogsListTargetSystem
] = frozenset(["Moderation System", "Safety System"])


def check_ai_mentor_orgs_users_moderation_logs_list_target_system(
    value: object,
    path: str = "AiMentorOrgsUsersModerationLogsListTargetSystem",
    *,
    known_only: bool = False,
) -> AiMentorOrgsUsersModerationLogsListTargetSystem:
    """`value` as a `AiMentorOrgsUsersModerationLogsListTargetSystem`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_MENTOR_ORGS_USERS_MODERATION_LOGS_LIST_TARGET_SYSTEM_VALUES
    ):
        return value
    return cast(
        AiMentorOrgsUsersModerationLogsListTargetSystem,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_USERS_MODERATION_LOGS_LIST_TARGET_SYSTEM_VALUES,
            "AiMentorOrgsUsersModerationLogsListTargetSystem",
            known_only=known_only,
        ),
    )
