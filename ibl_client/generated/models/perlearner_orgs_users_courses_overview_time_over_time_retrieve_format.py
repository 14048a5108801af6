from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_overview_time_over_time_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
