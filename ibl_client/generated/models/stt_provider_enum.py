from typing import Literal

SttProviderEnum = Literal["azure_openai", "cartesia", "deepgram", "google", "openai"]

STT_PROVIDER_ENUM_VALUES: frozenset[SttProviderEnum] = frozenset(
    ["azure_openai", "cartesia", "deepgram", "google", "openai"]
)


def check_stt_provider_enum(value: str) -> SttProviderEnum:
    if value in STT_PROVIDER_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(STT_PROVIDER_ENUM_VALUES)!r}"
    )
