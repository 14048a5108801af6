from typing import Literal

AiAnalyticsOverviewOrgsLearnersRetrieveFormat = Literal["json"]

AI_ANALYTICS_OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES: set[
    AiAnalyticsOverviewOrgsLearnersRetrieveFormat
] = {
    "json",
}


def check_ai_analytics_overview_orgs_learners_retrieve_format(
    value: str,
) -> AiAnalyticsOverviewOrgsLearnersRetrieveFormat:
    if value in AI_ANALYTICS_OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES!r}"
    )
