from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersCoursesVideosRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesVideosRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_videos_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersCoursesVideosRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersCoursesVideosRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersCoursesVideosRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersCoursesVideosRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersCoursesVideosRetrieveFormat",
            known_only=known_only,
        ),
    )
