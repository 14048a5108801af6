from typing import Literal

PerlearnerOrgsUsersActivityRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersActivityRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_activity_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersActivityRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_ACTIVITY_RETRIEVE_FORMAT_VALUES)!r}"
    )
