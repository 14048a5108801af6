from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsCoursesVideosSummaryRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_VIDEOS_SUMMARY_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesVideosSummaryRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_videos_summary_retrieve_format(
    value: object,
    path: str = "EngagementOrgsCoursesVideosSummaryRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsCoursesVideosSummaryRetrieveFormat:
    """`value` as a `EngagementOrgsCoursesVideosSummaryRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in ENGAGEMENT_ORGS_COURSES_VIDEOS_SUMMARY_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        EngagementOrgsCoursesVideosSummaryRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_COURSES_VIDEOS_SUMMARY_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsCoursesVideosSummaryRetrieveFormat",
            known_only=known_only,
        ),
    )
