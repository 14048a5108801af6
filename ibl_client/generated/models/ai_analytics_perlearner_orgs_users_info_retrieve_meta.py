from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_ai_analytics_perlearner_orgs_users_info_retrieve_meta(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta",
            known_only=known_only,
        ),
    )
