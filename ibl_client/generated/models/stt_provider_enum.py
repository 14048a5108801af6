from typing import Literal

SttProviderEnum = Literal["cartesia", "deepgram", "google", "openai"]

STT_PROVIDER_ENUM_VALUES: set[SttProviderEnum] = {
    "cartesia",
    "deepgram",
    "google",
    "openai",
}


def check_stt_provider_enum(value: str) -> SttProviderEnum:
    if value in STT_PROVIDER_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STT_PROVIDER_ENUM_VALUES!r}")
