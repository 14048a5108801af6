from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat = Literal["json"]

AI_ANALYTICS_OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_overview_orgs_average_grade_retrieve_format(
    value: object,
    path: str = "AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat:
    """`value` as a `AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat",
            known_only=known_only,
        ),
    )
