from typing import Literal

CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format = Literal["json"]

CREDENTIALS_ORGS_USERS_COURSE_ASSERTIONS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES: frozenset[
    CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format
] = frozenset(["json"])


def check_credentials_orgs_users_course_assertions_over_time_retrieve_2_format(
    value: str,
) -> CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format:
    if value in CREDENTIALS_ORGS_USERS_COURSE_ASSERTIONS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(CREDENTIALS_ORGS_USERS_COURSE_ASSERTIONS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES)!r}"
    )
