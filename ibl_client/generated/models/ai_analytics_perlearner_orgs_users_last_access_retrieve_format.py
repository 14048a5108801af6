from typing import Literal

AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_LAST_ACCESS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_last_access_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_LAST_ACCESS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_LAST_ACCESS_RETRIEVE_FORMAT_VALUES)!r}"
    )
