from typing import Literal

PromptVisibilityEnum = Literal[
    "viewable_by_anyone", "viewable_by_tenant_admins", "viewable_by_tenant_students"
]

PROMPT_VISIBILITY_ENUM_VALUES: frozenset[PromptVisibilityEnum] = frozenset(
    ["viewable_by_anyone", "viewable_by_tenant_admins", "viewable_by_tenant_students"]
)


def check_prompt_visibility_enum(value: str) -> PromptVisibilityEnum:
    if value in PROMPT_VISIBILITY_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PROMPT_VISIBILITY_ENUM_VALUES)!r}"
    )
