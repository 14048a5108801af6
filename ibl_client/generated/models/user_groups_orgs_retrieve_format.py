from typing import Literal, cast

from ..._validation import unknown_enum_value

UserGroupsOrgsRetrieveFormat = Literal["json"]

USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES: frozenset[UserGroupsOrgsRetrieveFormat] = frozenset(
    ["json"]
)


def check_user_groups_orgs_retrieve_format(
    value: object, path: str = "UserGroupsOrgsRetrieveFormat", *, known_only: bool = False
) -> UserGroupsOrgsRetrieveFormat:
    """`value` as a `UserGroupsOrgsRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        UserGroupsOrgsRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            USER_GROUPS_ORGS_RETRIEVE_FORMAT_VALUES,
            "UserGroupsOrgsRetrieveFormat",
            known_only=known_only,
        ),
    )
