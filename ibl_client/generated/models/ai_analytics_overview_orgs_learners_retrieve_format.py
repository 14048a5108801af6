from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsOverviewOrgsLearnersRetrieveFormat = Literal["json"]

AI_ANALYTICS_OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsOverviewOrgsLearnersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_overview_orgs_learners_retrieve_format(
    value: object,
    path: str = "AiAnalyticsOverviewOrgsLearnersRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsOverviewOrgsLearnersRetrieveFormat:
    """`value` as a `AiAnalyticsOverviewOrgsLearnersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsOverviewOrgsLearnersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsOverviewOrgsLearnersRetrieveFormat",
            known_only=known_only,
        ),
    )
