from typing import Literal

StarterPromptsB04Enum = Literal["guided_prompt", "suggested_prompt"]

STARTER_PROMPTS_B04_ENUM_VALUES: frozenset[StarterPromptsB04Enum] = frozenset(
    ["guided_prompt", "suggested_prompt"]
)


def check_starter_prompts_b04_enum(value: str) -> StarterPromptsB04Enum:
    if value in STARTER_PROMPTS_B04_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(STARTER_PROMPTS_B04_ENUM_VALUES)!r}"
    )
