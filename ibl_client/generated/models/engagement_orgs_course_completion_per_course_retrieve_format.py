from typing import Literal

EngagementOrgsCourseCompletionPerCourseRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES: set[
    EngagementOrgsCourseCompletionPerCourseRetrieveFormat
] = {
    "json",
}


def check_engagement_orgs_course_completion_per_course_retrieve_format(
    value: str,
) -> EngagementOrgsCourseCompletionPerCourseRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES!r}"
    )
