from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_TIME_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_time_users_over_time_retrieve_format(
    value: object,
    path: str = "EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat:
    """`value` as a `EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in ENGAGEMENT_ORGS_COURSES_TIME_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_COURSES_TIME_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
