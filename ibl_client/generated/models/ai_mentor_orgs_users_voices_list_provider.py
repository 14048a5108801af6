from typing import Literal

AiMentorOrgsUsersVoicesListProvider = Literal["elevenlabs", "google", "openai"]

AI_MENTOR_ORGS_USERS_VOICES_LIST_PROVIDER_VALUES: frozenset[AiMentorOrgsUsersVoicesListProvider] = (
    frozenset(["elevenlabs", "google", "openai"])
)


def check_ai_mentor_orgs_users_voices_list_provider(
    value: str,
) -> AiMentorOrgsUsersVoicesListProvider:
    if value in AI_MENTOR_ORGS_USERS_VOICES_LIST_PROVIDER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_MENTOR_ORGS_USERS_VOICES_LIST_PROVIDER_VALUES)!r}"
    )
