from typing import Literal

LlmProviderEnum = Literal["google", "openai"]

LLM_PROVIDER_ENUM_VALUES: set[LlmProviderEnum] = {
    "google",
    "openai",
}


def check_llm_provider_enum(value: str) -> LlmProviderEnum:
    if value in LLM_PROVIDER_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LLM_PROVIDER_ENUM_VALUES!r}")
