from typing import Literal

NameEnum = Literal[
    "anthropic",
    "azure_openai",
    "bedrock",
    "deepseek",
    "fake",
    "google",
    "groq",
    "nvidia",
    "openai",
    "perplexity",
    "sagemaker",
    "xai",
]

NAME_ENUM_VALUES: frozenset[NameEnum] = frozenset(
    [
        "anthropic",
        "azure_openai",
        "bedrock",
        "deepseek",
        "fake",
        "google",
        "groq",
        "nvidia",
        "openai",
        "perplexity",
        "sagemaker",
        "xai",
    ]
)


def check_name_enum(value: str) -> NameEnum:
    if value in NAME_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(f"Unexpected value {value!r}; expected one of {sorted(NAME_ENUM_VALUES)!r}")
