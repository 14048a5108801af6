from typing import Literal, cast

from ..._validation import unknown_enum_value

Provider05CEnum = Literal["discord", "slack", "teams", "webex", "whatsapp"]

PROVIDER_05C_ENUM_VALUES: frozenset[Provider05CEnum] = frozenset(
    ["discord", "slack", "teams", "webex", "whatsapp"]
)


def check_provider_05c_enum(
    value: object, path: str = "Provider05CEnum", *, known_only: bool = False
) -> Provider05CEnum:
    """`value` as a `Provider05CEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PROVIDER_05C_ENUM_VALUES:
        return value
    return cast(
        Provider05CEnum,
        unknown_enum_value(
            path, value, PROVIDER_05C_ENUM_VALUES, "Provider05CEnum", known_only=known_only
        ),
    )
