from typing import Literal

PerlearnerOrgsUsersActivityRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES: set[
    PerlearnerOrgsUsersActivityRetrieveFormat
] = {
    "json",
}


def check_perlearner_orgs_users_activity_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersActivityRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES!r}"
    )
