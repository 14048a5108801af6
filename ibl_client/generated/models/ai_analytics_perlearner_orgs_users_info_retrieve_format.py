from typing import Literal

AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_info_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES)!r}"
    )
