from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat = Literal["json"]

AI_ANALYTICS_OVERVIEW_ORGS_COURSES_COMPLETIONS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_overview_orgs_courses_completions_retrieve_format(
    value: object,
    path: str = "AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat:
    """`value` as a `AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_OVERVIEW_ORGS_COURSES_COMPLETIONS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_OVERVIEW_ORGS_COURSES_COMPLETIONS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat",
            known_only=known_only,
        ),
    )
