from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_videos_over_time_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
