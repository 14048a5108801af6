from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersVideosPerCourseRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_VIDEOS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersVideosPerCourseRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_videos_per_course_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersVideosPerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersVideosPerCourseRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersVideosPerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_VIDEOS_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersVideosPerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_VIDEOS_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersVideosPerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
