from typing import Literal

AudienceOrgsRegisteredUsersPerCourseRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsRegisteredUsersPerCourseRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_registered_users_per_course_retrieve_format(
    value: str,
) -> AudienceOrgsRegisteredUsersPerCourseRetrieveFormat:
    if value in AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
