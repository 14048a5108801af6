from typing import Literal, cast

from ..._validation import unknown_enum_value

PromptVisibilityEnum = Literal[
    "viewable_by_anyone", "viewable_by_tenant_admins", "viewable_by_tenant_students"
]

PROMPT_VISIBILITY_ENUM_VALUES: frozenset[PromptVisibilityEnum] = frozenset(
    ["viewable_by_anyone", "viewable_by_tenant_admins", "viewable_by_tenant_students"]
)


def check_prompt_visibility_enum(
    value: object, path: str = "PromptVisibilityEnum", *, known_only: bool = False
) -> PromptVisibilityEnum:
    """`value` as a `PromptVisibilityEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PROMPT_VISIBILITY_ENUM_VALUES:
        return value
    return cast(
        PromptVisibilityEnum,
        unknown_enum_value(
            path,
            value,
            PROMPT_VISIBILITY_ENUM_VALUES,
            "PromptVisibilityEnum",
            known_only=known_only,
        ),
    )
