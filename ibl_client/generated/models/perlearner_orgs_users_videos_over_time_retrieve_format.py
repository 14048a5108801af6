from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersVideosOverTimeRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_videos_over_time_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersVideosOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersVideosOverTimeRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersVideosOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersVideosOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersVideosOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
