from typing import Literal

EngagementOrgsTimePerCourseRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES: set[
    EngagementOrgsTimePerCourseRetrieveFormat
] = {
    "json",
}


def check_engagement_orgs_time_per_course_retrieve_format(
    value: str,
) -> EngagementOrgsTimePerCourseRetrieveFormat:
    if value in ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES!r}"
    )
