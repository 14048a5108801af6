from typing import Literal

PerlearnerOrgsUsersLastAccessRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_LAST_ACCESS_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersLastAccessRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_last_access_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersLastAccessRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_LAST_ACCESS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_LAST_ACCESS_RETRIEVE_FORMAT_VALUES)!r}"
    )
