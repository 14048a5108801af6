from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsCoursesTimeAverageRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesTimeAverageRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_time_average_retrieve_format(
    value: object,
    path: str = "EngagementOrgsCoursesTimeAverageRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsCoursesTimeAverageRetrieveFormat:
    """`value` as a `EngagementOrgsCoursesTimeAverageRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        EngagementOrgsCoursesTimeAverageRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsCoursesTimeAverageRetrieveFormat",
            known_only=known_only,
        ),
    )
