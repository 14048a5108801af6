from typing import Literal

AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_active_users_per_course_retrieve_format(
    value: str,
) -> AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
