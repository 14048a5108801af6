from typing import Literal

EngagementOrgsCourseCompletionOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCourseCompletionOverTimeRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_course_completion_over_time_retrieve_format(
    value: str,
) -> EngagementOrgsCourseCompletionOverTimeRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
