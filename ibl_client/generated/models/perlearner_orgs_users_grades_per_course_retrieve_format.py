from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersGradesPerCourseRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_GRADES_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersGradesPerCourseRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_grades_per_course_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersGradesPerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersGradesPerCourseRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersGradesPerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_GRADES_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersGradesPerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_GRADES_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersGradesPerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
