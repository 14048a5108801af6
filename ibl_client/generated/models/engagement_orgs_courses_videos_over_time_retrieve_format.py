from typing import Literal

EngagementOrgsCoursesVideosOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_videos_over_time_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesVideosOverTimeRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
