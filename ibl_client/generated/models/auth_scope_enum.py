from typing import Literal, cast

from ..._validation import unknown_enum_value

AuthScopeEnum = Literal["mentor", "platform", "user"]

AUTH_SCOPE_ENUM_VALUES: frozenset[AuthScopeEnum] = frozenset(["mentor", "platform", "user"])


def check_auth_scope_enum(
    value: object, path: str = "AuthScopeEnum", *, known_only: bool = False
) -> AuthScopeEnum:
    """`value` as a `AuthScopeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AUTH_SCOPE_ENUM_VALUES:
        return value
    return cast(
        AuthScopeEnum,
        unknown_enum_value(
            path, value, AUTH_SCOPE_ENUM_VALUES, "AuthScopeEnum", known_only=known_only
        ),
    )
