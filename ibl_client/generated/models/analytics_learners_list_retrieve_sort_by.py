from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsLearnersListRetrieveSortBy = Literal[
    "last_activity",
    "name",
    "total_enrollments",
    "total_points",
    "total_skills_count",
    "total_time_spent_seconds",
    "username",
]

ANALYTICS_LEARNERS_LIST_RETRIEVE_SORT_BY_VALUES: frozenset[AnalyticsLearnersListRetrieveSortBy] = (
    frozenset(
        [
            "last_activity",
            "name",
            "total_enrollments",
            "total_points",
            "total_skills_count",
            "total_time_spent_seconds",
            "username",
        ]
    )
)


def check_analytics_learners_list_retrieve_sort_by(
    value: object, path: str = "AnalyticsLearnersListRetrieveSortBy", *, known_only: bool = False
) -> AnalyticsLearnersListRetrieveSortBy:
    """`value` as a `AnalyticsLearnersListRetrieveSortBy`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_LEARNERS_LIST_RETRIEVE_SORT_BY_VALUES:
        return value
    return cast(
        AnalyticsLearnersListRetrieveSortBy,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_LEARNERS_LIST_RETRIEVE_SORT_BY_VALUES,
            "AnalyticsLearnersListRetrieveSortBy",
            known_only=known_only,
        ),
    )
