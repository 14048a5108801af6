from typing import Literal

CourseCreationTaskStatusEnum = Literal[
    "Cancelled", "Failed", "In Progress", "Pending", "Scheduled", "Success"
]

COURSE_CREATION_TASK_STATUS_ENUM_VALUES: set[CourseCreationTaskStatusEnum] = {
    "Cancelled",
    "Failed",
    "In Progress",
    "Pending",
    "Scheduled",
    "Success",
}


def check_course_creation_task_status_enum(value: str) -> CourseCreationTaskStatusEnum:
    if value in COURSE_CREATION_TASK_STATUS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COURSE_CREATION_TASK_STATUS_ENUM_VALUES!r}"
    )
