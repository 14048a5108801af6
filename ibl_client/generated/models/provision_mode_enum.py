from typing import Literal, cast

from ..._validation import unknown_enum_value

ProvisionModeEnum = Literal["managed", "self_hosted"]

PROVISION_MODE_ENUM_VALUES: frozenset[ProvisionModeEnum] = frozenset(["managed", "self_hosted"])


def check_provision_mode_enum(
    value: object, path: str = "ProvisionModeEnum", *, known_only: bool = False
) -> ProvisionModeEnum:
    """`value` as a `ProvisionModeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PROVISION_MODE_ENUM_VALUES:
        return value
    return cast(
        ProvisionModeEnum,
        unknown_enum_value(
            path, value, PROVISION_MODE_ENUM_VALUES, "ProvisionModeEnum", known_only=known_only
        ),
    )
