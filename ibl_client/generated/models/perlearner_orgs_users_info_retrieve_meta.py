from typing import Literal

PerlearnerOrgsUsersInfoRetrieveMeta = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES: frozenset[PerlearnerOrgsUsersInfoRetrieveMeta] = (
    frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])
)


def check_perlearner_orgs_users_info_retrieve_meta(
    value: str,
) -> PerlearnerOrgsUsersInfoRetrieveMeta:
    if value in PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES)!r}"
    )
