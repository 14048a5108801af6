from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_enrollments_courses_over_time_retrieve_format(
    value: object,
    path: str = "AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat:
    """`value` as a `AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
