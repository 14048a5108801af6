from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsCourseCompletionOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCourseCompletionOverTimeRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_course_completion_over_time_retrieve_format(
    value: object,
    path: str = "EngagementOrgsCourseCompletionOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsCourseCompletionOverTimeRetrieveFormat:
    """`value` as a `EngagementOrgsCourseCompletionOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        EngagementOrgsCourseCompletionOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsCourseCompletionOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
