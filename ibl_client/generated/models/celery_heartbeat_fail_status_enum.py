from typing import Literal

CeleryHeartbeatFailStatusEnum = Literal["healthy", "unhealthy"]

CELERY_HEARTBEAT_FAIL_STATUS_ENUM_VALUES: set[CeleryHeartbeatFailStatusEnum] = {
    "healthy",
    "unhealthy",
}


def check_celery_heartbeat_fail_status_enum(value: str) -> CeleryHeartbeatFailStatusEnum:
    if value in CELERY_HEARTBEAT_FAIL_STATUS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CELERY_HEARTBEAT_FAIL_STATUS_ENUM_VALUES!r}"
    )
