from typing import Literal

AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_enrollments_courses_users_retrieve_format(
    value: str,
) -> AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat:
    if value in AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
