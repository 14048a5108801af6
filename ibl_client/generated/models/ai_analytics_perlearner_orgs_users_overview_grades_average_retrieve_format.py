from typing import Literal

AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES)!r}"
    )
