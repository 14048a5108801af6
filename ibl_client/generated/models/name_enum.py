from typing import Literal, cast

from ..._validation import unknown_enum_value

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


def check_name_enum(value: object, path: str = "NameEnum", *, known_only: bool = False) -> NameEnum:
    """`value` as a `NameEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in NAME_ENUM_VALUES:
        return value
    return cast(
        NameEnum,
        unknown_enum_value(path, value, NAME_ENUM_VALUES, "NameEnum", known_only=known_only),
    )
