from typing import Literal

PerlearnerOrgsUsersCoursesVideosRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesVideosRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_videos_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersCoursesVideosRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES)!r}"
    )
