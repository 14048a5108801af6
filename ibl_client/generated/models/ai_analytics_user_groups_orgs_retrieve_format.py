from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsUserGroupsOrgsRetrieveFormat = Literal["json"]

AI_ANALYTICS_USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsUserGroupsOrgsRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_user_groups_orgs_retrieve_format(
    value: object,
    path: str = "AiAnalyticsUserGroupsOrgsRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsUserGroupsOrgsRetrieveFormat:
    """`value` as a `AiAnalyticsUserGroupsOrgsRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AI_ANALYTICS_USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        AiAnalyticsUserGroupsOrgsRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsUserGroupsOrgsRetrieveFormat",
            known_only=known_only,
        ),
    )
