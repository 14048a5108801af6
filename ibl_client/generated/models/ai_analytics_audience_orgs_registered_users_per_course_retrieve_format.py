from typing import Literal

AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_registered_users_per_course_retrieve_format(
    value: str,
) -> AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
