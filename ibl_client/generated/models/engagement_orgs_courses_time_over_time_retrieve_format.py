from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsCoursesTimeOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesTimeOverTimeRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_time_over_time_retrieve_format(
    value: object,
    path: str = "EngagementOrgsCoursesTimeOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsCoursesTimeOverTimeRetrieveFormat:
    """`value` as a `EngagementOrgsCoursesTimeOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        EngagementOrgsCoursesTimeOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsCoursesTimeOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
