from typing import Literal

AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta = Literal[
    "False", "false", "n", "no", "true", "True", "y", "yes"
]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES: set[
    AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta
] = {
    "False",
    "false",
    "n",
    "no",
    "true",
    "True",
    "y",
    "yes",
}


def check_ai_analytics_perlearner_orgs_users_info_retrieve_meta(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES!r}"
    )
