from typing import Literal

AiMentorOrgsUsersCallConfigurationsListMode = Literal["inference", "realtime"]

AI_MENTOR_ORGS_USERS_CALL_CONFIGURATIONS_LIST_MODE_VALUES: frozenset[
    AiMentorOrgsUsersCallConfigurationsListMode
] = frozenset(["inference", "realtime"])


def check_ai_mentor_orgs_users_call_configurations_list_mode(
    value: str,
) -> AiMentorOrgsUsersCallConfigurationsListMode:
    if value in AI_MENTOR_ORGS_USERS_CALL_CONFIGURATIONS_LIST_MODE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_MENTOR_ORGS_USERS_CALL_CONFIGURATIONS_LIST_MODE_VALUES)!r}"
    )
