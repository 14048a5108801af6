from typing import Literal

AudienceOrgsRegisteredUsersPerCourseRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES: set[
    AudienceOrgsRegisteredUsersPerCourseRetrieveFormat
] = {
    "json",
}


def check_audience_orgs_registered_users_per_course_retrieve_format(
    value: str,
) -> AudienceOrgsRegisteredUsersPerCourseRetrieveFormat:
    if value in AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES!r}"
    )
