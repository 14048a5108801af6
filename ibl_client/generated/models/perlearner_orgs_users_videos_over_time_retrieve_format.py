from typing import Literal

PerlearnerOrgsUsersVideosOverTimeRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_videos_over_time_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersVideosOverTimeRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
