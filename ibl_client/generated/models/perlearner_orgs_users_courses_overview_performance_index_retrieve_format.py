from typing import Literal

PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_overview_performance_index_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES)!r}"
    )
