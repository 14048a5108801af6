from typing import Literal, cast

from ..._validation import unknown_enum_value

CeleryHeartbeatStatusEnum = Literal["healthy", "unhealthy"]

CELERY_HEARTBEAT_STATUS_ENUM_VALUES: frozenset[CeleryHeartbeatStatusEnum] = frozenset(
    ["healthy", "unhealthy"]
)


def check_celery_heartbeat_status_enum(
    value: object, path: str = "CeleryHeartbeatStatusEnum", *, known_only: bool = False
) -> CeleryHeartbeatStatusEnum:
    """`value` as a `CeleryHeartbeatStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in CELERY_HEARTBEAT_STATUS_ENUM_VALUES:
        return value
    return cast(
        CeleryHeartbeatStatusEnum,
        unknown_enum_value(
            path,
            value,
            CELERY_HEARTBEAT_STATUS_ENUM_VALUES,
            "CeleryHeartbeatStatusEnum",
            known_only=known_only,
        ),
    )
