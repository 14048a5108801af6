from typing import Literal

PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_videos_over_time_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
