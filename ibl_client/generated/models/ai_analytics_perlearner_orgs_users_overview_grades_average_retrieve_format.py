from typing import Literal

AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES: set[
    AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat
] = {
    "json",
}


def check_ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES!r}"
    )
