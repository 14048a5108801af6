from typing import Literal

AudienceOrgsActiveUsersPerCourseRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ACTIVE_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsActiveUsersPerCourseRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_active_users_per_course_retrieve_format(
    value: str,
) -> AudienceOrgsActiveUsersPerCourseRetrieveFormat:
    if value in AUDIENCE_ORGS_ACTIVE_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUDIENCE_ORGS_ACTIVE_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
