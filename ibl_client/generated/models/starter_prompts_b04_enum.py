from typing import Literal, cast

from ..._validation import unknown_enum_value

StarterPromptsB04Enum = Literal["guided_prompt", "suggested_prompt"]

STARTER_PROMPTS_B04_ENUM_VALUES: frozenset[StarterPromptsB04Enum] = frozenset(
    ["guided_prompt", "suggested_prompt"]
)


def check_starter_prompts_b04_enum(
    value: object, path: str = "StarterPromptsB04Enum", *, known_only: bool = False
) -> StarterPromptsB04Enum:
    """`value` as a `StarterPromptsB04Enum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in STARTER_PROMPTS_B04_ENUM_VALUES:
        return value
    return cast(
        StarterPromptsB04Enum,
        unknown_enum_value(
            path,
            value,
            STARTER_PROMPTS_B04_ENUM_VALUES,
            "StarterPromptsB04Enum",
            known_only=known_only,
        ),
    )
