from typing import Literal

AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_enrollments_courses_over_time_retrieve_format(
    value: str,
) -> AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat:
    if value in AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
