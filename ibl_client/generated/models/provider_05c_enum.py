from typing import Literal

Provider05CEnum = Literal["discord", "slack", "teams", "webex", "whatsapp"]

PROVIDER_05C_ENUM_VALUES: set[Provider05CEnum] = {
    "discord",
    "slack",
    "teams",
    "webex",
    "whatsapp",
}


def check_provider_05c_enum(value: str) -> Provider05CEnum:
    if value in PROVIDER_05C_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROVIDER_05C_ENUM_VALUES!r}")
