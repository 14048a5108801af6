from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsCoursesVideosRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesVideosRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_videos_retrieve_format(
    value: object,
    path: str = "EngagementOrgsCoursesVideosRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsCoursesVideosRetrieveFormat:
    """`value` as a `EngagementOrgsCoursesVideosRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ENGAGEMENT_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        EngagementOrgsCoursesVideosRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsCoursesVideosRetrieveFormat",
            known_only=known_only,
        ),
    )
