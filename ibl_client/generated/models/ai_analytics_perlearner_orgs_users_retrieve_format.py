from typing import Literal

AiAnalyticsPerlearnerOrgsUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES: set[
    AiAnalyticsPerlearnerOrgsUsersRetrieveFormat
] = {
    "json",
}


def check_ai_analytics_perlearner_orgs_users_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES!r}"
    )
