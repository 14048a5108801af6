from typing import Literal

PerlearnerOrgsUsersVideosPerCourseRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_VIDEOS_PER_COURSE_RETRIEVE_FORMAT_VALUES: set[
    PerlearnerOrgsUsersVideosPerCourseRetrieveFormat
] = {
    "json",
}


def check_perlearner_orgs_users_videos_per_course_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersVideosPerCourseRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_VIDEOS_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERLEARNER_ORGS_USERS_VIDEOS_PER_COURSE_RETRIEVE_FORMAT_VALUES!r}"
    )
