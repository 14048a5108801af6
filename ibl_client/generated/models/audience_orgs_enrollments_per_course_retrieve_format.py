from typing import Literal

AudienceOrgsEnrollmentsPerCourseRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsEnrollmentsPerCourseRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_enrollments_per_course_retrieve_format(
    value: str,
) -> AudienceOrgsEnrollmentsPerCourseRetrieveFormat:
    if value in AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
