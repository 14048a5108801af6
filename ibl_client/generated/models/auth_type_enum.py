from typing import Literal

AuthTypeEnum = Literal["none", "oauth2", "token"]

AUTH_TYPE_ENUM_VALUES: frozenset[AuthTypeEnum] = frozenset(["none", "oauth2", "token"])


def check_auth_type_enum(value: str) -> AuthTypeEnum:
    if value in AUTH_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUTH_TYPE_ENUM_VALUES)!r}"
    )
