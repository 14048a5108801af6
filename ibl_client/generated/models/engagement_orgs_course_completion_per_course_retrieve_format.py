from typing import Literal

EngagementOrgsCourseCompletionPerCourseRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCourseCompletionPerCourseRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_course_completion_per_course_retrieve_format(
    value: str,
) -> EngagementOrgsCourseCompletionPerCourseRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
