from typing import Literal

TtsProviderEnum = Literal["azure_openai", "elevenlabs", "google", "openai"]

TTS_PROVIDER_ENUM_VALUES: frozenset[TtsProviderEnum] = frozenset(
    ["azure_openai", "elevenlabs", "google", "openai"]
)


def check_tts_provider_enum(value: str) -> TtsProviderEnum:
    if value in TTS_PROVIDER_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(TTS_PROVIDER_ENUM_VALUES)!r}"
    )
