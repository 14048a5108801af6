from typing import Literal

PerlearnerOrgsUsersInfoRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES: set[PerlearnerOrgsUsersInfoRetrieveFormat] = {
    "json",
}


def check_perlearner_orgs_users_info_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersInfoRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES!r}"
    )
