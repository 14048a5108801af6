from typing import Literal

MentorVisibilityEnum = Literal[
    "viewable_by_anyone", "viewable_by_tenant_admins", "viewable_by_tenant_students"
]

MENTOR_VISIBILITY_ENUM_VALUES: frozenset[MentorVisibilityEnum] = frozenset(
    ["viewable_by_anyone", "viewable_by_tenant_admins", "viewable_by_tenant_students"]
)


def check_mentor_visibility_enum(value: str) -> MentorVisibilityEnum:
    if value in MENTOR_VISIBILITY_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(MENTOR_VISIBILITY_ENUM_VALUES)!r}"
    )
