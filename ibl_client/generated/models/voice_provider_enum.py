from typing import Literal

VoiceProviderEnum = Literal["elevenlabs", "google", "openai"]

VOICE_PROVIDER_ENUM_VALUES: frozenset[VoiceProviderEnum] = frozenset(
    ["elevenlabs", "google", "openai"]
)


def check_voice_provider_enum(value: str) -> VoiceProviderEnum:
    if value in VOICE_PROVIDER_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(VOICE_PROVIDER_ENUM_VALUES)!r}"
    )
