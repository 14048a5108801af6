from typing import Literal

ProvisionModeEnum = Literal["managed", "self_hosted"]

PROVISION_MODE_ENUM_VALUES: frozenset[ProvisionModeEnum] = frozenset(["managed", "self_hosted"])


def check_provision_mode_enum(value: str) -> ProvisionModeEnum:
    if value in PROVISION_MODE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PROVISION_MODE_ENUM_VALUES)!r}"
    )
