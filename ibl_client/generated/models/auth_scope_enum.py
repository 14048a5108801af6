from typing import Literal

AuthScopeEnum = Literal["mentor", "platform", "user"]

AUTH_SCOPE_ENUM_VALUES: frozenset[AuthScopeEnum] = frozenset(["mentor", "platform", "user"])


def check_auth_scope_enum(value: str) -> AuthScopeEnum:
    if value in AUTH_SCOPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUTH_SCOPE_ENUM_VALUES)!r}"
    )
