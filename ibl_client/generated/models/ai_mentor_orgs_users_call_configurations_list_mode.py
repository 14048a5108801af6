from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsUsersCallConfigurationsListMode = Literal["inference", "realtime"]

AI_MENTOR_ORGS_USERS_CALL_CONFIGURATIONS_LIST_MODE_VALUES: frozenset[
    AiMentorOrgsUsersCallConfigurationsListMode
] = frozenset(["inference", "realtime"])


def check_ai_mentor_orgs_users_call_configurations_list_mode(
    value: object,
    path: str = "AiMentorOrgsUsersCallConfigurationsListMode",
    *,
    known_only: bool = False,
) -> AiMentorOrgsUsersCallConfigurationsListMode:
    """`value` as a `AiMentorOrgsUsersCallConfigurationsListMode`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_MENTOR_ORGS_USERS_CALL_CONFIGURATIONS_LIST_MODE_VALUES
    ):
        return value
    return cast(
        AiMentorOrgsUsersCallConfigurationsListMode,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_USERS_CALL_CONFIGURATIONS_LIST_MODE_VALUES,
            "AiMentorOrgsUsersCallConfigurationsListMode",
            known_only=known_only,
        ),
    )
