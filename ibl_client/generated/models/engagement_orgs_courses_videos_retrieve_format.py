from typing import Literal

EngagementOrgsCoursesVideosRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesVideosRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_videos_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesVideosRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES)!r}"
    )
