from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_info_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat",
            known_only=known_only,
        ),
    )
