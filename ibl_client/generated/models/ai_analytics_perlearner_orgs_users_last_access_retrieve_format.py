from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_LAST_ACCESS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_last_access_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_LAST_ACCESS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_LAST_ACCESS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat",
            known_only=known_only,
        ),
    )
