from typing import Literal

EngagementOrgsCoursesTimeOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesTimeOverTimeRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_time_over_time_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesTimeOverTimeRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
