from typing import Literal

PerlearnerOrgsUsersVideosPerCourseRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_VIDEOS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersVideosPerCourseRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_videos_per_course_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersVideosPerCourseRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_VIDEOS_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_VIDEOS_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
