from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value
        in AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
