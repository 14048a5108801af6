from typing import Literal

HumanSupportTicketStatusEnum = Literal["closed", "in_progress", "open"]

HUMAN_SUPPORT_TICKET_STATUS_ENUM_VALUES: frozenset[HumanSupportTicketStatusEnum] = frozenset(
    ["closed", "in_progress", "open"]
)


def check_human_support_ticket_status_enum(value: str) -> HumanSupportTicketStatusEnum:
    if value in HUMAN_SUPPORT_TICKET_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(HUMAN_SUPPORT_TICKET_STATUS_ENUM_VALUES)!r}"
    )
