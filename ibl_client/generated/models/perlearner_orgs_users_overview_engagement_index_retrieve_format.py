from typing import Literal

PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_OVERVIEW_ENGAGEMENT_INDEX_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_overview_engagement_index_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_OVERVIEW_ENGAGEMENT_INDEX_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_OVERVIEW_ENGAGEMENT_INDEX_RETRIEVE_FORMAT_VALUES)!r}"
    )
