from typing import Literal

HumanSupportRecipientModeEnum = Literal[
    "custom", "mentor_owner_only", "platform_admins_and_mentor_owner", "platform_admins_only"
]

HUMAN_SUPPORT_RECIPIENT_MODE_ENUM_VALUES: frozenset[HumanSupportRecipientModeEnum] = frozenset(
    ["custom", "mentor_owner_only", "platform_admins_and_mentor_owner", "platform_admins_only"]
)


def check_human_support_recipient_mode_enum(value: str) -> HumanSupportRecipientModeEnum:
    if value in HUMAN_SUPPORT_RECIPIENT_MODE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(HUMAN_SUPPORT_RECIPIENT_MODE_ENUM_VALUES)!r}"
    )
