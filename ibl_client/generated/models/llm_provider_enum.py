from typing import Literal, cast

from ..._validation import unknown_enum_value

LlmProviderEnum = Literal["azure_openai", "google", "openai"]

LLM_PROVIDER_ENUM_VALUES: frozenset[LlmProviderEnum] = frozenset(
    ["azure_openai", "google", "openai"]
)


def check_llm_provider_enum(
    value: object, path: str = "LlmProviderEnum", *, known_only: bool = False
) -> LlmProviderEnum:
    """`value` as a `LlmProviderEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in LLM_PROVIDER_ENUM_VALUES:
        return value
    return cast(
        LlmProviderEnum,
        unknown_enum_value(
            path, value, LLM_PROVIDER_ENUM_VALUES, "LlmProviderEnum", known_only=known_only
        ),
    )
