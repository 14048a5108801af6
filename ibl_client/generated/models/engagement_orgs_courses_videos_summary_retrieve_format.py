from typing import Literal

EngagementOrgsCoursesVideosSummaryRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_VIDEOS_SUMMARY_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesVideosSummaryRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_videos_summary_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesVideosSummaryRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_VIDEOS_SUMMARY_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_COURSES_VIDEOS_SUMMARY_RETRIEVE_FORMAT_VALUES)!r}"
    )
