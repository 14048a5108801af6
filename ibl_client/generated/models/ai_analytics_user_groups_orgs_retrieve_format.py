from typing import Literal

AiAnalyticsUserGroupsOrgsRetrieveFormat = Literal["json"]

AI_ANALYTICS_USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsUserGroupsOrgsRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_user_groups_orgs_retrieve_format(
    value: str,
) -> AiAnalyticsUserGroupsOrgsRetrieveFormat:
    if value in AI_ANALYTICS_USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES)!r}"
    )
