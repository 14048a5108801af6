from typing import Literal

PerlearnerOrgsUsersInfoRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersInfoRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_info_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersInfoRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_INFO_RETRIEVE_FORMAT_VALUES)!r}"
    )
