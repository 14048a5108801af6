from typing import Literal, cast

from ..._validation import unknown_enum_value

SttProviderEnum = Literal["azure_openai", "cartesia", "deepgram", "google", "openai"]

STT_PROVIDER_ENUM_VALUES: frozenset[SttProviderEnum] = frozenset(
    ["azure_openai", "cartesia", "deepgram", "google", "openai"]
)


def check_stt_provider_enum(
    value: object, path: str = "SttProviderEnum", *, known_only: bool = False
) -> SttProviderEnum:
    """`value` as a `SttProviderEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in STT_PROVIDER_ENUM_VALUES:
        return value
    return cast(
        SttProviderEnum,
        unknown_enum_value(
            path, value, STT_PROVIDER_ENUM_VALUES, "SttProviderEnum", known_only=known_only
        ),
    )
