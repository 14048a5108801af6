from typing import Literal

AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_ai_analytics_perlearner_orgs_users_info_retrieve_meta(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES)!r}"
    )
