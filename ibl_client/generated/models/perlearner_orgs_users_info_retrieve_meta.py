from typing import Literal

PerlearnerOrgsUsersInfoRetrieveMeta = Literal[
    "False", "false", "n", "no", "true", "True", "y", "yes"
]

PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES: set[PerlearnerOrgsUsersInfoRetrieveMeta] = {
    "False",
    "false",
    "n",
    "no",
    "true",
    "True",
    "y",
    "yes",
}


def check_perlearner_orgs_users_info_retrieve_meta(
    value: str,
) -> PerlearnerOrgsUsersInfoRetrieveMeta:
    if value in PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERLEARNER_ORGS_USERS_INFO_RETRIEVE_META_VALUES!r}"
    )
