from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsCourseCompletionPerCourseRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCourseCompletionPerCourseRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_course_completion_per_course_retrieve_format(
    value: object,
    path: str = "EngagementOrgsCourseCompletionPerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsCourseCompletionPerCourseRetrieveFormat:
    """`value` as a `EngagementOrgsCourseCompletionPerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        EngagementOrgsCourseCompletionPerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsCourseCompletionPerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
