from typing import Literal

AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat = Literal["json"]

AI_ANALYTICS_OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES: set[
    AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat
] = {
    "json",
}


def check_ai_analytics_overview_orgs_most_active_courses_retrieve_format(
    value: str,
) -> AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat:
    if value in AI_ANALYTICS_OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES!r}"
    )
