from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsCoursesTimeDetailRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_TIME_DETAIL_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesTimeDetailRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_time_detail_retrieve_format(
    value: object,
    path: str = "EngagementOrgsCoursesTimeDetailRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsCoursesTimeDetailRetrieveFormat:
    """`value` as a `EngagementOrgsCoursesTimeDetailRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in ENGAGEMENT_ORGS_COURSES_TIME_DETAIL_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        EngagementOrgsCoursesTimeDetailRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_COURSES_TIME_DETAIL_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsCoursesTimeDetailRetrieveFormat",
            known_only=known_only,
        ),
    )
