from typing import Literal

CeleryHeartbeatStatusEnum = Literal["healthy", "unhealthy"]

CELERY_HEARTBEAT_STATUS_ENUM_VALUES: frozenset[CeleryHeartbeatStatusEnum] = frozenset(
    ["healthy", "unhealthy"]
)


def check_celery_heartbeat_status_enum(value: str) -> CeleryHeartbeatStatusEnum:
    if value in CELERY_HEARTBEAT_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(CELERY_HEARTBEAT_STATUS_ENUM_VALUES)!r}"
    )
