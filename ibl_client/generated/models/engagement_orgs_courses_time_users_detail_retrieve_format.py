from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsCoursesTimeUsersDetailRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesTimeUsersDetailRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_time_users_detail_retrieve_format(
    value: object,
    path: str = "EngagementOrgsCoursesTimeUsersDetailRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsCoursesTimeUsersDetailRetrieveFormat:
    """`value` as a `EngagementOrgsCoursesTimeUsersDetailRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        EngagementOrgsCoursesTimeUsersDetailRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsCoursesTimeUsersDetailRetrieveFormat",
            known_only=known_only,
        ),
    )
