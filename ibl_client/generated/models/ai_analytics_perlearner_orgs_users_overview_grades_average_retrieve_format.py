from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value
        in AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat",
            known_only=known_only,
        ),
    )
