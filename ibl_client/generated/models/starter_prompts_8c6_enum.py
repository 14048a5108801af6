from typing import Literal

StarterPrompts8C6Enum = Literal["guided_prompt", "suggested_prompt"]

STARTER_PROMPTS_8C6_ENUM_VALUES: frozenset[StarterPrompts8C6Enum] = frozenset(
    ["guided_prompt", "suggested_prompt"]
)


def check_starter_prompts_8c6_enum(value: str) -> StarterPrompts8C6Enum:
    if value in STARTER_PROMPTS_8C6_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(STARTER_PROMPTS_8C6_ENUM_VALUES)!r}"
    )
