from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsCoursesVideosOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_videos_over_time_retrieve_format(
    value: object,
    path: str = "EngagementOrgsCoursesVideosOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsCoursesVideosOverTimeRetrieveFormat:
    """`value` as a `EngagementOrgsCoursesVideosOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        EngagementOrgsCoursesVideosOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsCoursesVideosOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
