from typing import Literal

EngagementOrgsTimePerCourseRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsTimePerCourseRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_time_per_course_retrieve_format(
    value: str,
) -> EngagementOrgsTimePerCourseRetrieveFormat:
    if value in ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
