from typing import Literal, cast

from ..._validation import unknown_enum_value

HumanSupportRecipientModeEnum = Literal[
    "custom", "mentor_owner_only", "platform_admins_and_mentor_owner", "platform_admins_only"
]

HUMAN_SUPPORT_RECIPIENT_MODE_ENUM_VALUES: frozenset[HumanSupportRecipientModeEnum] = frozenset(
    ["custom", "mentor_owner_only", "platform_admins_and_mentor_owner", "platform_admins_only"]
)


def check_human_support_recipient_mode_enum(
    value: object, path: str = "HumanSupportRecipientModeEnum", *, known_only: bool = False
) -> HumanSupportRecipientModeEnum:
    """`value` as a `HumanSupportRecipientModeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in HUMAN_SUPPORT_RECIPIENT_MODE_ENUM_VALUES:
        return value
    return cast(
        HumanSupportRecipientModeEnum,
        unknown_enum_value(
            path,
            value,
            HUMAN_SUPPORT_RECIPIENT_MODE_ENUM_VALUES,
            "HumanSupportRecipientModeEnum",
            known_only=known_only,
        ),
    )
