from typing import Literal

LlmProviderEnum = Literal["azure_openai", "google", "openai"]

LLM_PROVIDER_ENUM_VALUES: frozenset[LlmProviderEnum] = frozenset(
    ["azure_openai", "google", "openai"]
)


def check_llm_provider_enum(value: str) -> LlmProviderEnum:
    if value in LLM_PROVIDER_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(LLM_PROVIDER_ENUM_VALUES)!r}"
    )
