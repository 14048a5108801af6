from typing import Literal

AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat = Literal["json"]

AI_ANALYTICS_OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_overview_orgs_most_active_courses_retrieve_format(
    value: str,
) -> AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat:
    if value in AI_ANALYTICS_OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES)!r}"
    )
