from typing import Literal, cast

from ..._validation import unknown_enum_value

VoiceProviderEnum = Literal["elevenlabs", "google", "openai"]

VOICE_PROVIDER_ENUM_VALUES: frozenset[VoiceProviderEnum] = frozenset(
    ["elevenlabs", "google", "openai"]
)


def check_voice_provider_enum(
    value: object, path: str = "VoiceProviderEnum", *, known_only: bool = False
) -> VoiceProviderEnum:
    """`value` as a `VoiceProviderEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in VOICE_PROVIDER_ENUM_VALUES:
        return value
    return cast(
        VoiceProviderEnum,
        unknown_enum_value(
            path, value, VOICE_PROVIDER_ENUM_VALUES, "VoiceProviderEnum", known_only=known_only
        ),
    )
