from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_activity_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat",
            known_only=known_only,
        ),
    )
