from typing import Literal, cast

from ..._validation import unknown_enum_value

CeleryHeartbeatFailStatusEnum = Literal["healthy", "unhealthy"]

CELERY_HEARTBEAT_FAIL_STATUS_ENUM_VALUES: frozenset[CeleryHeartbeatFailStatusEnum] = frozenset(
    ["healthy", "unhealthy"]
)


def check_celery_heartbeat_fail_status_enum(
    value: object, path: str = "CeleryHeartbeatFailStatusEnum", *, known_only: bool = False
) -> CeleryHeartbeatFailStatusEnum:
    """`value` as a `CeleryHeartbeatFailStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in CELERY_HEARTBEAT_FAIL_STATUS_ENUM_VALUES:
        return value
    return cast(
        CeleryHeartbeatFailStatusEnum,
        unknown_enum_value(
            path,
            value,
            CELERY_HEARTBEAT_FAIL_STATUS_ENUM_VALUES,
            "CeleryHeartbeatFailStatusEnum",
            known_only=known_only,
        ),
    )
