from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersLastAccessRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_LAST_ACCESS_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersLastAccessRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_last_access_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersLastAccessRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersLastAccessRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersLastAccessRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PERLEARNER_ORGS_USERS_LAST_ACCESS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        PerlearnerOrgsUsersLastAccessRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_LAST_ACCESS_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersLastAccessRetrieveFormat",
            known_only=known_only,
        ),
    )
