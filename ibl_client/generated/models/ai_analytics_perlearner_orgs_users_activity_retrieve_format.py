from typing import Literal

AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_activity_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES)!r}"
    )
