from typing import Literal

CeleryHeartbeatFailStatusEnum = Literal["healthy", "unhealthy"]

CELERY_HEARTBEAT_FAIL_STATUS_ENUM_VALUES: frozenset[CeleryHeartbeatFailStatusEnum] = frozenset(
    ["healthy", "unhealthy"]
)


def check_celery_heartbeat_fail_status_enum(value: str) -> CeleryHeartbeatFailStatusEnum:
    if value in CELERY_HEARTBEAT_FAIL_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(CELERY_HEARTBEAT_FAIL_STATUS_ENUM_VALUES)!r}"
    )
