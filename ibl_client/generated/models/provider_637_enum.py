from typing import Literal

Provider637Enum = Literal["elevenlabs", "google", "openai"]

PROVIDER_637_ENUM_VALUES: frozenset[Provider637Enum] = frozenset(["elevenlabs", "google", "openai"])


def check_provider_637_enum(value: str) -> Provider637Enum:
    if value in PROVIDER_637_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PROVIDER_637_ENUM_VALUES)!r}"
    )
