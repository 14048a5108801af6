from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_OVERVIEW_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_overview_orgs_registered_users_retrieve_format(
    value: object,
    path: str = "AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat:
    """`value` as a `AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_OVERVIEW_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_OVERVIEW_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
