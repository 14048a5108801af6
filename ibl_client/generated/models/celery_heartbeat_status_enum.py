from typing import Literal

CeleryHeartbeatStatusEnum = Literal["healthy", "unhealthy"]

CELERY_HEARTBEAT_STATUS_ENUM_VALUES: set[CeleryHeartbeatStatusEnum] = {
    "healthy",
    "unhealthy",
}


def check_celery_heartbeat_status_enum(value: str) -> CeleryHeartbeatStatusEnum:
    if value in CELERY_HEARTBEAT_STATUS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CELERY_HEARTBEAT_STATUS_ENUM_VALUES!r}"
    )
