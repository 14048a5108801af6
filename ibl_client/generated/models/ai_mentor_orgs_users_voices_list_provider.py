from typing import Literal

AiMentorOrgsUsersVoicesListProvider = Literal["elevenlabs", "google", "openai"]

AI_MENTOR_ORGS_USERS_VOICES_LIST_PROVIDER_VALUES: set[AiMentorOrgsUsersVoicesListProvider] = {
    "elevenlabs",
    "google",
    "openai",
}


def check_ai_mentor_orgs_users_voices_list_provider(
    value: str,
) -> AiMentorOrgsUsersVoicesListProvider:
    if value in AI_MENTOR_ORGS_USERS_VOICES_LIST_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_MENTOR_ORGS_USERS_VOICES_LIST_PROVIDER_VALUES!r}"
    )
