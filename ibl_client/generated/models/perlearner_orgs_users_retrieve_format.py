from typing import Literal

PerlearnerOrgsUsersRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES: set[PerlearnerOrgsUsersRetrieveFormat] = {
    "json",
}


def check_perlearner_orgs_users_retrieve_format(value: str) -> PerlearnerOrgsUsersRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERLEARNER_ORGS_USERS_RETRIEVE_FORMAT_VALUES!r}"
    )
