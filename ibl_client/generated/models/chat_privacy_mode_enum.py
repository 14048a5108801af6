from typing import Literal

ChatPrivacyModeEnum = Literal["anonymized", "disabled", "normal"]

CHAT_PRIVACY_MODE_ENUM_VALUES: frozenset[ChatPrivacyModeEnum] = frozenset(
    ["anonymized", "disabled", "normal"]
)


def check_chat_privacy_mode_enum(value: str) -> ChatPrivacyModeEnum:
    if value in CHAT_PRIVACY_MODE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(CHAT_PRIVACY_MODE_ENUM_VALUES)!r}"
    )
