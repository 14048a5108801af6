from typing import Literal, cast

from ..._validation import unknown_enum_value

ChatPrivacyModeEnum = Literal["anonymized", "disabled", "normal"]

CHAT_PRIVACY_MODE_ENUM_VALUES: frozenset[ChatPrivacyModeEnum] = frozenset(
    ["anonymized", "disabled", "normal"]
)


def check_chat_privacy_mode_enum(
    value: object, path: str = "ChatPrivacyModeEnum", *, known_only: bool = False
) -> ChatPrivacyModeEnum:
    """`value` as a `ChatPrivacyModeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in CHAT_PRIVACY_MODE_ENUM_VALUES:
        return value
    return cast(
        ChatPrivacyModeEnum,
        unknown_enum_value(
            path, value, CHAT_PRIVACY_MODE_ENUM_VALUES, "ChatPrivacyModeEnum", known_only=known_only
        ),
    )
