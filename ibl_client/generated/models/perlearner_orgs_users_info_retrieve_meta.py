from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersInfoRetrieveMeta = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES: frozenset[PerlearnerOrgsUsersInfoRetrieveMeta] = (
    frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])
)


def check_perlearner_orgs_users_info_retrieve_meta(
    value: object, path: str = "PerlearnerOrgsUsersInfoRetrieveMeta", *, known_only: bool = False
) -> PerlearnerOrgsUsersInfoRetrieveMeta:
    """`value` as a `PerlearnerOrgsUsersInfoRetrieveMeta`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES:
        return value
    return cast(
        PerlearnerOrgsUsersInfoRetrieveMeta,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES,
            "PerlearnerOrgsUsersInfoRetrieveMeta",
            known_only=known_only,
        ),
    )
