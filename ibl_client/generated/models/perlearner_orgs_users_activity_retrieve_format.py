from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersActivityRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersActivityRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_activity_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersActivityRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersActivityRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersActivityRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        PerlearnerOrgsUsersActivityRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersActivityRetrieveFormat",
            known_only=known_only,
        ),
    )
