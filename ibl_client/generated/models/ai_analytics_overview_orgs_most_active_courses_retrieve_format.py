from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat = Literal["json"]

AI_ANALYTICS_OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_overview_orgs_most_active_courses_retrieve_format(
    value: object,
    path: str = "AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat:
    """`value` as a `AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat",
            known_only=known_only,
        ),
    )
