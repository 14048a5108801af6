from typing import Literal, cast

from ..._validation import unknown_enum_value

StarterPrompts8C6Enum = Literal["guided_prompt", "suggested_prompt"]

STARTER_PROMPTS_8C6_ENUM_VALUES: frozenset[StarterPrompts8C6Enum] = frozenset(
    ["guided_prompt", "suggested_prompt"]
)


def check_starter_prompts_8c6_enum(
    value: object, path: str = "StarterPrompts8C6Enum", *, known_only: bool = False
) -> StarterPrompts8C6Enum:
    """`value` as a `StarterPrompts8C6Enum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in STARTER_PROMPTS_8C6_ENUM_VALUES:
        return value
    return cast(
        StarterPrompts8C6Enum,
        unknown_enum_value(
            path,
            value,
            STARTER_PROMPTS_8C6_ENUM_VALUES,
            "StarterPrompts8C6Enum",
            known_only=known_only,
        ),
    )
