from typing import Literal

Provider05CEnum = Literal["discord", "slack", "teams", "webex", "whatsapp"]

PROVIDER_05C_ENUM_VALUES: frozenset[Provider05CEnum] = frozenset(
    ["discord", "slack", "teams", "webex", "whatsapp"]
)


def check_provider_05c_enum(value: str) -> Provider05CEnum:
    if value in PROVIDER_05C_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PROVIDER_05C_ENUM_VALUES)!r}"
    )
