from typing import Literal

AiMentorOrgsUsersDisclaimersListScope = Literal["mentor", "platform"]

AI_MENTOR_ORGS_USERS_DISCLAIMERS_LIST_SCOPE_VALUES: frozenset[
    AiMentorOrgsUsersDisclaimersListScope
] = frozenset(["mentor", "platform"])


def check_ai_mentor_orgs_users_disclaimers_list_scope(
    value: str,
) -> AiMentorOrgsUsersDisclaimersListScope:
    if value in AI_MENTOR_ORGS_USERS_DISCLAIMERS_LIST_SCOPE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_MENTOR_ORGS_USERS_DISCLAIMERS_LIST_SCOPE_VALUES)!r}"
    )
