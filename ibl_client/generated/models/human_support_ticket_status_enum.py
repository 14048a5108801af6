from typing import Literal

HumanSupportTicketStatusEnum = Literal["closed", "in_progress", "open"]

HUMAN_SUPPORT_TICKET_STATUS_ENUM_VALUES: set[HumanSupportTicketStatusEnum] = {
    "closed",
    "in_progress",
    "open",
}


def check_human_support_ticket_status_enum(value: str) -> HumanSupportTicketStatusEnum:
    if value in HUMAN_SUPPORT_TICKET_STATUS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUMAN_SUPPORT_TICKET_STATUS_ENUM_VALUES!r}"
    )
