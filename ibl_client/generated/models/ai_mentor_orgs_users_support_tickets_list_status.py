from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsUsersSupportTicketsListStatus = Literal["closed", "in_progress", "open"]

AI_MENTOR_ORGS_USERS_SUPPORT_TICKETS_LIST_STATUS_VALUES: frozenset[
    AiMentorOrgsUsersSupportTicketsListStatus
] = frozenset(["closed", "in_progress", "open"])


def check_ai_mentor_orgs_users_support_tickets_list_status(
    value: object,
    path: str = "AiMentorOrgsUsersSupportTicketsListStatus",
    *,
    known_only: bool = False,
) -> AiMentorOrgsUsersSupportTicketsListStatus:
    """`value` as a `AiMentorOrgsUsersSupportTicketsListStatus`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AI_MENTOR_ORGS_USERS_SUPPORT_TICKETS_LIST_STATUS_VALUES:
        return value
    return cast(
        AiMentorOrgsUsersSupportTicketsListStatus,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_USERS_SUPPORT_TICKETS_LIST_STATUS_VALUES,
            "AiMentorOrgsUsersSupportTicketsListStatus",
            known_only=known_only,
        ),
    )
