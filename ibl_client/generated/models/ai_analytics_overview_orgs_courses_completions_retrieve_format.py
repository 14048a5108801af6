from typing import Literal

AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat = Literal["json"]

AI_ANALYTICS_OVERVIEW_ORGS_COURSES_COMPLETIONS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_overview_orgs_courses_completions_retrieve_format(
    value: str,
) -> AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat:
    if value in AI_ANALYTICS_OVERVIEW_ORGS_COURSES_COMPLETIONS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_OVERVIEW_ORGS_COURSES_COMPLETIONS_RETRIEVE_FORMAT_VALUES)!r}"
    )
