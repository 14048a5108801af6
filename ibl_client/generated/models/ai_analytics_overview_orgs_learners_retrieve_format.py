from typing import Literal

AiAnalyticsOverviewOrgsLearnersRetrieveFormat = Literal["json"]

AI_ANALYTICS_OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsOverviewOrgsLearnersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_overview_orgs_learners_retrieve_format(
    value: str,
) -> AiAnalyticsOverviewOrgsLearnersRetrieveFormat:
    if value in AI_ANALYTICS_OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
