from typing import Literal

UserGroupsOrgsRetrieveFormat = Literal["json"]

USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES: set[UserGroupsOrgsRetrieveFormat] = {
    "json",
}


def check_user_groups_orgs_retrieve_format(value: str) -> UserGroupsOrgsRetrieveFormat:
    if value in USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES!r}"
    )
