from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsTimePerCourseRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsTimePerCourseRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_time_per_course_retrieve_format(
    value: object,
    path: str = "EngagementOrgsTimePerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsTimePerCourseRetrieveFormat:
    """`value` as a `EngagementOrgsTimePerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        EngagementOrgsTimePerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsTimePerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
