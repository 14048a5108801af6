from typing import Literal, cast

from ..._validation import unknown_enum_value

MentorVisibilityEnum = Literal[
    "viewable_by_anyone", "viewable_by_tenant_admins", "viewable_by_tenant_students"
]

MENTOR_VISIBILITY_ENUM_VALUES: frozenset[MentorVisibilityEnum] = frozenset(
    ["viewable_by_anyone", "viewable_by_tenant_admins", "viewable_by_tenant_students"]
)


def check_mentor_visibility_enum(
    value: object, path: str = "MentorVisibilityEnum", *, known_only: bool = False
) -> MentorVisibilityEnum:
    """`value` as a `MentorVisibilityEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in MENTOR_VISIBILITY_ENUM_VALUES:
        return value
    return cast(
        MentorVisibilityEnum,
        unknown_enum_value(
            path,
            value,
            MENTOR_VISIBILITY_ENUM_VALUES,
            "MentorVisibilityEnum",
            known_only=known_only,
        ),
    )
