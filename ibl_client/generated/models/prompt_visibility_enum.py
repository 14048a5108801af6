from typing import Literal

PromptVisibilityEnum = Literal[
    "viewable_by_anyone", "viewable_by_tenant_admins", "viewable_by_tenant_students"
]

PROMPT_VISIBILITY_ENUM_VALUES: set[PromptVisibilityEnum] = {
    "viewable_by_anyone",
    "viewable_by_tenant_admins",
    "viewable_by_tenant_students",
}


def check_prompt_visibility_enum(value: str) -> PromptVisibilityEnum:
    if value in PROMPT_VISIBILITY_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_VISIBILITY_ENUM_VALUES!r}"
    )
