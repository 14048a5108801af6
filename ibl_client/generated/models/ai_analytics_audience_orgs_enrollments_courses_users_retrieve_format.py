from typing import Literal

AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_enrollments_courses_users_retrieve_format(
    value: str,
) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
