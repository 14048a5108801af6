from typing import Literal, cast

from ..._validation import unknown_enum_value

AuthTypeEnum = Literal["none", "oauth2", "token"]

AUTH_TYPE_ENUM_VALUES: frozenset[AuthTypeEnum] = frozenset(["none", "oauth2", "token"])


def check_auth_type_enum(
    value: object, path: str = "AuthTypeEnum", *, known_only: bool = False
) -> AuthTypeEnum:
    """`value` as a `AuthTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AUTH_TYPE_ENUM_VALUES:
        return value
    return cast(
        AuthTypeEnum,
        unknown_enum_value(
            path, value, AUTH_TYPE_ENUM_VALUES, "AuthTypeEnum", known_only=known_only
        ),
    )
