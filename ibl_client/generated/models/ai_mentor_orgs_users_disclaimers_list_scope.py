from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsUsersDisclaimersListScope = Literal["mentor", "platform"]

AI_MENTOR_ORGS_USERS_DISCLAIMERS_LIST_SCOPE_VALUES: frozenset[
    AiMentorOrgsUsersDisclaimersListScope
] = frozenset(["mentor", "platform"])


def check_ai_mentor_orgs_users_disclaimers_list_scope(
    value: object, path: str = "AiMentorOrgsUsersDisclaimersListScope", *, known_only: bool = False
) -> AiMentorOrgsUsersDisclaimersListScope:
    """`value` as a `AiMentorOrgsUsersDisclaimersListScope`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AI_MENTOR_ORGS_USERS_DISCLAIMERS_LIST_SCOPE_VALUES:
        return value
    return cast(
        AiMentorOrgsUsersDisclaimersListScope,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_USERS_DISCLAIMERS_LIST_SCOPE_VALUES,
            "AiMentorOrgsUsersDisclaimersListScope",
            known_only=known_only,
        ),
    )
