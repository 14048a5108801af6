from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
