from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_overview_performance_index_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat",
            known_only=known_only,
        ),
    )
