from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsEnrollmentsPerCourseRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsEnrollmentsPerCourseRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_enrollments_per_course_retrieve_format(
    value: object,
    path: str = "AudienceOrgsEnrollmentsPerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> AudienceOrgsEnrollmentsPerCourseRetrieveFormat:
    """`value` as a `AudienceOrgsEnrollmentsPerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AudienceOrgsEnrollmentsPerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "AudienceOrgsEnrollmentsPerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
