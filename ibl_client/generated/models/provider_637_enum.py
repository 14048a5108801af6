from typing import Literal

Provider637Enum = Literal["elevenlabs", "google", "openai"]

PROVIDER_637_ENUM_VALUES: set[Provider637Enum] = {
    "elevenlabs",
    "google",
    "openai",
}


def check_provider_637_enum(value: str) -> Provider637Enum:
    if value in PROVIDER_637_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROVIDER_637_ENUM_VALUES!r}")
