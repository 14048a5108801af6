from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES: frozenset[PerlearnerOrgsUsersRetrieveFormat] = (
    frozenset(["json"])
)


def check_perlearner_orgs_users_retrieve_format(
    value: object, path: str = "PerlearnerOrgsUsersRetrieveFormat", *, known_only: bool = False
) -> PerlearnerOrgsUsersRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        PerlearnerOrgsUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
