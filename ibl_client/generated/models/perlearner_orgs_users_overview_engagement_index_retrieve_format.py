from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_OVERVIEW_ENGAGEMENT_INDEX_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_overview_engagement_index_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_OVERVIEW_ENGAGEMENT_INDEX_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_OVERVIEW_ENGAGEMENT_INDEX_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat",
            known_only=known_only,
        ),
    )
