from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_OVERVIEW_ORGS_ACTIVE_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_overview_orgs_active_users_retrieve_format(
    value: object,
    path: str = "AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat:
    """`value` as a `AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_OVERVIEW_ORGS_ACTIVE_USERS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_OVERVIEW_ORGS_ACTIVE_USERS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
