from typing import Literal, cast

from ..._validation import unknown_enum_value

TtsProviderEnum = Literal["azure_openai", "elevenlabs", "google", "openai"]

TTS_PROVIDER_ENUM_VALUES: frozenset[TtsProviderEnum] = frozenset(
    ["azure_openai", "elevenlabs", "google", "openai"]
)


def check_tts_provider_enum(
    value: object, path: str = "TtsProviderEnum", *, known_only: bool = False
) -> TtsProviderEnum:
    """`value` as a `TtsProviderEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in TTS_PROVIDER_ENUM_VALUES:
        return value
    return cast(
        TtsProviderEnum,
        unknown_enum_value(
            path, value, TTS_PROVIDER_ENUM_VALUES, "TtsProviderEnum", known_only=known_only
        ),
    )
