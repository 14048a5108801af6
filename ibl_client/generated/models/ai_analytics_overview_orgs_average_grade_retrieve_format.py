from typing import Literal

AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat = Literal["json"]

AI_ANALYTICS_OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_overview_orgs_average_grade_retrieve_format(
    value: str,
) -> AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat:
    if value in AI_ANALYTICS_OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES)!r}"
    )
