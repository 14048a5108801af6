from typing import Literal

AiMentorOrgsUsersSupportTicketsListStatus = Literal["closed", "in_progress", "open"]

AI_MENTOR_ORGS_USERS_SUPPORT_TICKETS_LIST_STATUS_VALUES: frozenset[
    AiMentorOrgsUsersSupportTicketsListStatus
] = frozenset(["closed", "in_progress", "open"])


def check_ai_mentor_orgs_users_support_tickets_list_status(
    value: str,
) -> AiMentorOrgsUsersSupportTicketsListStatus:
    if value in AI_MENTOR_ORGS_USERS_SUPPORT_TICKETS_LIST_STATUS_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_MENTOR_ORGS_USERS_SUPPORT_TICKETS_LIST_STATUS_VALUES)!r}"
    )
