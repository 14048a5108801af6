from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsCoursesTimeUsersRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_TIME_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesTimeUsersRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_time_users_retrieve_format(
    value: object,
    path: str = "EngagementOrgsCoursesTimeUsersRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsCoursesTimeUsersRetrieveFormat:
    """`value` as a `EngagementOrgsCoursesTimeUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in ENGAGEMENT_ORGS_COURSES_TIME_USERS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        EngagementOrgsCoursesTimeUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_COURSES_TIME_USERS_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsCoursesTimeUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
