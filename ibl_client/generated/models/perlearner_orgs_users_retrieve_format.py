from typing import Literal

PerlearnerOrgsUsersRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES: frozenset[PerlearnerOrgsUsersRetrieveFormat] = (
    frozenset(["json"])
)


def check_perlearner_orgs_users_retrieve_format(value: str) -> PerlearnerOrgsUsersRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
