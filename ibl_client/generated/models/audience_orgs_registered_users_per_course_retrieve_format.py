from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsRegisteredUsersPerCourseRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsRegisteredUsersPerCourseRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_registered_users_per_course_retrieve_format(
    value: object,
    path: str = "AudienceOrgsRegisteredUsersPerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> AudienceOrgsRegisteredUsersPerCourseRetrieveFormat:
    """`value` as a `AudienceOrgsRegisteredUsersPerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AudienceOrgsRegisteredUsersPerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "AudienceOrgsRegisteredUsersPerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
