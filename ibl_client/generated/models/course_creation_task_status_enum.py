from typing import Literal, cast

from ..._validation import unknown_enum_value

CourseCreationTaskStatusEnum = Literal[
    "Cancelled", "Failed", "In Progress", "Pending", "Scheduled", "Success"
]

COURSE_CREATION_TASK_STATUS_ENUM_VALUES: frozenset[CourseCreationTaskStatusEnum] = frozenset(
    ["Cancelled", "Failed", "In Progress", "Pending", "Scheduled", "Success"]
)


def check_course_creation_task_status_enum(
    value: object, path: str = "CourseCreationTaskStatusEnum", *, known_only: bool = False
) -> CourseCreationTaskStatusEnum:
    """`value` as a `CourseCreationTaskStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in COURSE_CREATION_TASK_STATUS_ENUM_VALUES:
        return value
    return cast(
        CourseCreationTaskStatusEnum,
        unknown_enum_value(
            path,
            value,
            COURSE_CREATION_TASK_STATUS_ENUM_VALUES,
            "CourseCreationTaskStatusEnum",
            known_only=known_only,
        ),
    )
