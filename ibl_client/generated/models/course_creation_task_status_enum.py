from typing import Literal

CourseCreationTaskStatusEnum = Literal[
    "Cancelled", "Failed", "In Progress", "Pending", "Scheduled", "Success"
]

COURSE_CREATION_TASK_STATUS_ENUM_VALUES: frozenset[CourseCreationTaskStatusEnum] = frozenset(
    ["Cancelled", "Failed", "In Progress", "Pending", "Scheduled", "Success"]
)


def check_course_creation_task_status_enum(value: str) -> CourseCreationTaskStatusEnum:
    if value in COURSE_CREATION_TASK_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(COURSE_CREATION_TASK_STATUS_ENUM_VALUES)!r}"
    )
