from typing import Literal, cast

from ..._validation import unknown_enum_value

HumanSupportTicketStatusEnum = Literal["closed", "in_progress", "open"]

HUMAN_SUPPORT_TICKET_STATUS_ENUM_VALUES: frozenset[HumanSupportTicketStatusEnum] = frozenset(
    ["closed", "in_progress", "open"]
)


def check_human_support_ticket_status_enum(
    value: object, path: str = "HumanSupportTicketStatusEnum", *, known_only: bool = False
) -> HumanSupportTicketStatusEnum:
    """`value` as a `HumanSupportTicketStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in HUMAN_SUPPORT_TICKET_STATUS_ENUM_VALUES:
        return value
    return cast(
        HumanSupportTicketStatusEnum,
        unknown_enum_value(
            path,
            value,
            HUMAN_SUPPORT_TICKET_STATUS_ENUM_VALUES,
            "HumanSupportTicketStatusEnum",
            known_only=known_only,
        ),
    )
