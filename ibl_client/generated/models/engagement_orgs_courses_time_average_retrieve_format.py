from typing import Literal

EngagementOrgsCoursesTimeAverageRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesTimeAverageRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_time_average_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesTimeAverageRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES)!r}"
    )
