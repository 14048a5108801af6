from typing import Literal

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
    value: str,
) -> AnalyticsLearnersListRetrieveSortBy:
    if value in ANALYTICS_LEARNERS_LIST_RETRIEVE_SORT_BY_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_LEARNERS_LIST_RETRIEVE_SORT_BY_VALUES)!r}"
    )
