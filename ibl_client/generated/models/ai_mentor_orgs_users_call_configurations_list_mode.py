from typing import Literal

AiMentorOrgsUsersCallConfigurationsListMode = Literal["inference", "realtime"]

AI_MENTOR_ORGS_USERS_CALL_CONFIGURATIONS_LIST_MODE_VALUES: set[
    AiMentorOrgsUsersCallConfigurationsListMode
] = {
    "inference",
    "realtime",
}


def check_ai_mentor_orgs_users_call_configurations_list_mode(
    value: str,
) -> AiMentorOrgsUsersCallConfigurationsListMode:
    if value in AI_MENTOR_ORGS_USERS_CALL_CONFIGURATIONS_LIST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_MENTOR_ORGS_USERS_CALL_CONFIGURATIONS_LIST_MODE_VALUES!r}"
    )
