from typing import Literal

UserGroupsOrgsRetrieveFormat = Literal["json"]

USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES: frozenset[UserGroupsOrgsRetrieveFormat] = frozenset(
    ["json"]
)


def check_user_groups_orgs_retrieve_format(value: str) -> UserGroupsOrgsRetrieveFormat:
    if value in USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES)!r}"
    )
