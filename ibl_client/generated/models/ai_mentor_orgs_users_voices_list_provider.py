from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsUsersVoicesListProvider = Literal["elevenlabs", "google", "openai"]

AI_MENTOR_ORGS_USERS_VOICES_LIST_PROVIDER_VALUES: frozenset[AiMentorOrgsUsersVoicesListProvider] = (
    frozenset(["elevenlabs", "google", "openai"])
)


def check_ai_mentor_orgs_users_voices_list_provider(
    value: object, path: str = "AiMentorOrgsUsersVoicesListProvider", *, known_only: bool = False
) -> AiMentorOrgsUsersVoicesListProvider:
    """`value` as a `AiMentorOrgsUsersVoicesListProvider`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AI_MENTOR_ORGS_USERS_VOICES_LIST_PROVIDER_VALUES:
        return value
    return cast(
        AiMentorOrgsUsersVoicesListProvider,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_USERS_VOICES_LIST_PROVIDER_VALUES,
            "AiMentorOrgsUsersVoicesListProvider",
            known_only=known_only,
        ),
    )
