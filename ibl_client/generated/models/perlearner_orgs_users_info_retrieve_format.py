from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersInfoRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersInfoRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_info_retrieve_format(
    value: object, path: str = "PerlearnerOrgsUsersInfoRetrieveFormat", *, known_only: bool = False
) -> PerlearnerOrgsUsersInfoRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersInfoRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        PerlearnerOrgsUsersInfoRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersInfoRetrieveFormat",
            known_only=known_only,
        ),
    )
