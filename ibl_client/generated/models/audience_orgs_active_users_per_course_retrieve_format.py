from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsActiveUsersPerCourseRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ACTIVE_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsActiveUsersPerCourseRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_active_users_per_course_retrieve_format(
    value: object,
    path: str = "AudienceOrgsActiveUsersPerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> AudienceOrgsActiveUsersPerCourseRetrieveFormat:
    """`value` as a `AudienceOrgsActiveUsersPerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AUDIENCE_ORGS_ACTIVE_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AudienceOrgsActiveUsersPerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_ACTIVE_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "AudienceOrgsActiveUsersPerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
