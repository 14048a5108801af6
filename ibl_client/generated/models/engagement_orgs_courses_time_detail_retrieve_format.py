from typing import Literal

EngagementOrgsCoursesTimeDetailRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_TIME_DETAIL_RETRIEVE_FORMAT_VALUES: set[
    EngagementOrgsCoursesTimeDetailRetrieveFormat
] = {
    "json",
}


def check_engagement_orgs_courses_time_detail_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesTimeDetailRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_TIME_DETAIL_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENGAGEMENT_ORGS_COURSES_TIME_DETAIL_RETRIEVE_FORMAT_VALUES!r}"
    )
