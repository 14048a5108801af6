from typing import Literal

PerlearnerOrgsUsersGradesPerCourseRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_GRADES_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersGradesPerCourseRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_grades_per_course_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersGradesPerCourseRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_GRADES_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_GRADES_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
